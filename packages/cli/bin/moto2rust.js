#!/usr/bin/env node
// The `moto2rust` command. Checked in (as ESLint's bin/eslint.js is) so that npm links the bin
// at install time, before `dist/` is built in a fresh clone; it only loads the compiled CLI.
import "../dist/main.js";
