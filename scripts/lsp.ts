#!/usr/bin/env node
// The validator as a language server, over stdio: `npx fair-collections-lsp` (see the README for editor set-ups).
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../src/lsp/server.ts';

// Standard input and output are the default transport; --node-ipc, --socket=N or --pipe=NAME choose another.
if (!process.argv.slice(2).some((arg) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(arg))) process.argv.push('--stdio');
// A failure in one request is answered as an error; one outside any request is logged, and the server stays up.
process.on('uncaughtException', (error) => console.error(`fair-collections-lsp: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => console.error(`fair-collections-lsp: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
startServer(createConnection());
