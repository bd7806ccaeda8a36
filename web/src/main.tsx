// Start-up: report errors from the first moment, apply the remembered
// language, follow the address, learn who is signed in, then render the app.
import { render } from 'preact';
import { App } from './app';
import { installErrorReporter } from './errors/reporter';
import { applyLanguageToDocument } from './i18n/language';
import { installRouting } from './state/route';
import { installSessionListeners, loadSession } from './state/session';
import './styles.css';

installErrorReporter();
applyLanguageToDocument();
installRouting();
installSessionListeners();
void loadSession();

const root = document.getElementById('app');
if (root) render(<App />, root);
