import '@/app/csp/zod-without-eval';
import '@/styles/global-styles.css';

import { startApp } from '@/app/csp/start-app';

const root = document.getElementById('root');
if (root) void startApp(root);
