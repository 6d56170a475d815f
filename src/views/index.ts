/**
 * Registers every view's permalink parameters. Imported by main.ts before the app is mounted, so
 * the registry is complete before the address bar is first read (the registry refuses later
 * registrations). Import order here is the order of parameters in a written link.
 */
import './findings/params';
import './convergence/params';
import './agents/params';
import './network/params';
import './explore/params';
