#!/usr/bin/env node
// The `cos` executable: settings for the process, then the command line (cos.ts and the SDK,
// bundled as cos-main.cjs beside this file).
// - Liftoff only for WebAssembly. undici parses HTTP with a WebAssembly module; V8 compiles it
//   quickly (Liftoff) and, once it runs hot, again with TurboFan on another thread, ~100-150 ms of
//   a core, which a process that is done by then waits for at exit (a `cos ls` took ~310 ms instead
//   of ~230). The baseline code parses response headers fast enough for any command here.
// - A later tier-up to TurboFan (4× Node 20's interrupt budget). A run is short: TurboFan compiled
//   ~225 functions again in every 2,000-file sync (a third of its CPU), many of them barely warm.
//   With the hottest ones only, interleaved runs on 2,000 × 4 KiB took 8-10% less CPU down and up
//   (wall time 2-7% less, inside the runs' spread), 20 × 64 MiB down the same or better.
// - The bundle compiled from a code cache (compile-cache.ts).
// All before the bundle loads: the flags apply to code compiled after they are set.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { requireWithCodeCache } from './compile-cache.js';

// V8 prints "unrecognized flag" on stderr for a flag it does not have: set only where it is known
// to be there (V8 11.3 in Node 20 through 13.6 in Node 24)
const knownFlag = Number(process.versions.node.split('.')[0]) <= 24;
const V8_FLAGS = knownFlag ? '--liftoff-only --interrupt-budget=270336' : '';
if (V8_FLAGS) setFlagsFromString(V8_FLAGS);
requireWithCodeCache(fileURLToPath(new URL('cos-main.cjs', import.meta.url)), V8_FLAGS);
