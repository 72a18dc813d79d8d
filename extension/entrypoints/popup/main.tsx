import { render } from 'preact';
import { CaptureApp } from '../../capture/CaptureApp';

render(<CaptureApp search={location.search} />, document.getElementById('app')!);
