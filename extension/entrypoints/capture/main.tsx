import { render } from 'preact';
import { CaptureApp } from '../../capture/CaptureApp';
import { startCapture } from '../../capture/captureStart';

// The page is read while the form's code loads and renders, not after.
void startCapture(location.search);

render(<CaptureApp search={location.search} />, document.getElementById('app')!);
