import { mount } from 'svelte';
import { installConnectPolicy } from './csp';
import App from './App.svelte';
import { installBenchHook } from './bench-hook';
import './styles/global.css';

installConnectPolicy(location.search);
installBenchHook();
mount(App, { target: document.getElementById('app')! });
