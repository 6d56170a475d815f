import { mount } from 'svelte';
import { installConnectPolicy } from './csp';
// Before App: every view's link parameters are registered before the app reads the address bar.
import './views/index';
import App from './App.svelte';
import { installBenchHook } from './bench-hook';
import './styles/global.css';

installConnectPolicy(location.search);
installBenchHook();
mount(App, { target: document.getElementById('app')! });
