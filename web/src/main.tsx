// Start-up: report errors from the first moment, apply the remembered
// language, then render the app.
import { render } from 'preact';
import { App } from './app';
import { installErrorReporter } from './errors/reporter';
import { applyLanguageToDocument } from './i18n/language';
import './styles.css';

installErrorReporter();
applyLanguageToDocument();

const root = document.getElementById('app');
if (root) render(<App path={window.location.pathname} />, root);
