import { mount } from 'svelte';
import { installConnectPolicy } from './csp';
import App from './App.svelte';
import './styles/global.css';

installConnectPolicy(location.search);
mount(App, { target: document.getElementById('app')! });
