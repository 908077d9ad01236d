// Preloaded with `node --require` by the trust tests: every way Node opens a connection or looks up
// a host is replaced by a function that records the attempt in $CABLE_NETWORK_LOG and throws.
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
'use strict';
const fs = require('node:fs');

const log = process.env.CABLE_NETWORK_LOG;
function refuse(name) {
  return function () {
    const target = [...arguments].filter((a) => typeof a === 'string' || typeof a === 'number').join(' ');
    fs.appendFileSync(log, `${process.pid} ${name} ${target}\n`);
    throw new Error(`network use refused by the trust test: ${name} ${target}`);
  };
}
function patch(module, name, names) {
  for (const key of names) if (typeof module[key] === 'function') module[key] = refuse(`${name}.${key}`);
}

const net = require('node:net');
patch(net, 'net', ['connect', 'createConnection']);
net.Socket.prototype.connect = refuse('net.Socket.connect');
patch(require('node:dns'), 'dns', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']);
patch(require('node:dns').promises, 'dns.promises', ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']);
patch(require('node:http'), 'http', ['request', 'get']);
patch(require('node:https'), 'https', ['request', 'get']);
patch(require('node:tls'), 'tls', ['connect']);
patch(require('node:dgram'), 'dgram', ['createSocket']);
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
