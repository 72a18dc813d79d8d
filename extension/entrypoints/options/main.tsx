import { render } from 'preact';
import { OptionsApp } from '../../options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
