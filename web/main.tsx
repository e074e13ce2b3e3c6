import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './ui/theme.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<AppProvider />);
