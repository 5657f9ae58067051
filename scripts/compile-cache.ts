// Imported first by the command-line entry points, which import everything else dynamically after it: V8 then keeps
// the compiled code of the validator's modules between runs (in the OS temp folder, node:module's default), and a run
// starts about a fifth sooner. Worker threads and child processes find the same cache through the environment.
import { enableCompileCache } from 'node:module';

const cache = enableCompileCache();
if (cache.directory) process.env['NODE_COMPILE_CACHE'] ??= cache.directory;
