// A real local AT Protocol network for Kurzdraht's tests: PLC + PDS + AppView (+ the bsync and
// Ozone services TestNetwork brings along), all from @atproto/dev-env, all on 127.0.0.1.
//
//   KURZDRAHT_BLUESKY_MODULES  folder with node_modules/@atproto/dev-env (see scripts/setup-bluesky.sh)
//   DB_POSTGRES_URL            postgresql://user@127.0.0.1:PORT/db (a private, throwaway database)
//   REDIS_HOST                 127.0.0.1:PORT
//   KURZDRAHT_BLUESKY_RATE_LIMITS  "0" turns the PDS's rate limits off (default: on, as on bsky.social)
//
// When ready it prints ONE JSON line to stdout:
//   {"pds": "http://127.0.0.1:P", "appview": ..., "plc": ..., "control": ..., "pds_did": ..., ...}
// The control server (127.0.0.1 only) answers JSON:
//   POST /process {timeout_ms?}                wait until the AppView has indexed everything
//   POST /account {handle, password, email?}   create an account -> {did, handle, accessJwt, refreshJwt}
//   POST /app-password {handle|did, password, name, privileged?} -> {name, password, createdAt}
//   POST /expired-token {did, scope?}          an access token of the PDS that expired an hour ago
//   GET  /health
// Stops on SIGTERM/SIGINT or when stdin closes.

import dns from 'node:dns'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { randomBytes } from 'node:crypto'

const HOST = '127.0.0.1'

// Everything dev-env starts calls listen(port) without a host, i.e. on all interfaces; keep it
// on the loopback interface. Its own URLs say "localhost", so resolve that to IPv4 first.
dns.setDefaultResultOrder('ipv4first')
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, HOST)
  } else if (args[0] && typeof args[0] === 'object' && !args[0].path && args[0].host === undefined) {
    args[0] = { ...args[0], host: HOST }
  }
  return originalListen.apply(this, args)
}

const log = (...parts) => process.stderr.write(`[bluesky-network] ${parts.join(' ')}\n`)

const modules = process.env.KURZDRAHT_BLUESKY_MODULES
if (!modules) {
  log('KURZDRAHT_BLUESKY_MODULES is not set (scripts/setup-bluesky.sh installs the modules)')
  process.exit(2)
}
const requireFromModules = createRequire(path.join(modules, 'node_modules', 'kurzdraht.js'))
const load = (name) => import(pathToFileURL(requireFromModules.resolve(name)).href)
const { TestNetwork } = await load('@atproto/dev-env')
const jose = await load('jose')

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = originalListen.call(net.createServer(), { port: 0, host: HOST }, () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const started = Date.now()
const rateLimits = process.env.KURZDRAHT_BLUESKY_RATE_LIMITS !== '0'
// Sent by the control server's own requests so that fixtures never use up the tests' limits.
const bypassKey = randomBytes(16).toString('hex')
const bskyPort = await freePort()
const appviewUrl = `http://${HOST}:${bskyPort}`

const network = await TestNetwork.create({
  dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA || "kurzdraht",
  bsky: {
    port: bskyPort,
    // Image URLs in AppView views point at the AppView's own image server (/img/, which
    // fetches the blob from the PDS and resizes it), reachable offline. (Setting cdnUrl instead
    // would turn that server off.)
    publicUrl: appviewUrl,
  },
  pds: {
    bskyAppViewCdnUrlPattern: `${appviewUrl}/img/%s/plain/%s/%s@jpeg`,
    rateLimitsEnabled: rateLimits,
    rateLimitBypassKey: bypassKey,
  },
})

// The AppView indexes the firehose with one queue per repo, all running at once. A reply
// indexed while its parent (another repo) is still being indexed finds no parent and the parent
// finds no reply, so the reply notification is lost (the AppView's own tests call processAll()
// between such writes). One event at a time, in firehose order, makes the tests deterministic.
const runnerQueue = network.bsky.sub.current?.runner?.mainQueue
const serialIndexing = !!runnerQueue && 'concurrency' in runnerQueue
if (serialIndexing) runnerQueue.concurrency = 1
else log('warning: could not make the AppView index one event at a time; call /process between dependent writes')

const pdsUrl = `http://${HOST}:${network.pds.port}`
const pdsServiceDid = network.pds.ctx.cfg.service.did
const jwtKey = network.pds.jwtSecretKey()

const pdsCall = async (nsid, { body, token } = {}) => {
  const headers = { 'content-type': 'application/json', 'x-ratelimit-bypass': bypassKey }
  if (token) headers.authorization = `Bearer ${token}`
  const res = await fetch(`${pdsUrl}/xrpc/${nsid}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body ?? {}),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) {
    const error = new Error(`${nsid}: ${res.status} ${data.error ?? ''} ${data.message ?? ''}`)
    error.status = res.status
    error.data = data
    throw error
  }
  return data
}

const handlers = {
  'GET /health': async () => ({ ok: true }),
  'POST /process': async ({ timeout_ms }) => {
    const t = Date.now()
    // dev-env gives the AppView 5 s to catch up unless told otherwise: too little on a loaded machine.
    await network.processAll(Number(timeout_ms) || 120_000)
    return { ok: true, ms: Date.now() - t }
  },
  'POST /account': async ({ handle, password, email }) => {
    if (!handle || !password) throw Object.assign(new Error('handle and password are needed'), { status: 400 })
    const local = handle.split('.')[0]
    const data = await pdsCall('com.atproto.server.createAccount', {
      body: { handle, password, email: email ?? `${local}@kurzdraht.test` },
    })
    return { did: data.did, handle: data.handle, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt }
  },
  'POST /app-password': async ({ handle, did, password, name, privileged }) => {
    const session = await pdsCall('com.atproto.server.createSession', {
      body: { identifier: did ?? handle, password },
    })
    return pdsCall('com.atproto.server.createAppPassword', {
      token: session.accessJwt,
      body: { name: name ?? `kurzdraht-${Date.now()}`, privileged: !!privileged },
    })
  },
  'POST /expired-token': async ({ did, scope }) => {
    if (!did) throw Object.assign(new Error('did is needed'), { status: 400 })
    const now = Math.floor(Date.now() / 1000)
    const accessJwt = await new jose.SignJWT({ scope: scope ?? 'com.atproto.access' })
      .setProtectedHeader({ typ: 'at+jwt', alg: 'HS256' })
      .setAudience(pdsServiceDid)
      .setSubject(did)
      .setIssuedAt(now - 7200)
      .setExpirationTime(now - 3600)
      .sign(jwtKey)
    return { accessJwt }
  },
}

const readJson = (req) =>
  new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        resolve(text ? JSON.parse(text) : {})
      } catch (err) {
        reject(Object.assign(err, { status: 400 }))
      }
    })
    req.on('error', reject)
  })

const control = http.createServer(async (req, res) => {
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const handler = handlers[`${req.method} ${new URL(req.url, 'http://x').pathname}`]
  if (!handler) return send(404, { error: 'NotFound' })
  try {
    send(200, await handler(await readJson(req)))
  } catch (err) {
    log(`${req.method} ${req.url} failed:`, err?.stack ?? err)
    send(err?.status && err.status < 500 ? err.status : 500, {
      error: err?.data?.error ?? 'ControlError',
      message: String(err?.message ?? err),
    })
  }
})
await new Promise((resolve) => originalListen.call(control, 0, HOST, resolve))

let stopping = false
const stop = async (why) => {
  if (stopping) return
  stopping = true
  log(`stopping (${why})`)
  const force = setTimeout(() => {
    log('did not stop within 15 s, exiting anyway')
    process.exit(1)
  }, 15_000)
  force.unref()
  try {
    control.close()
    await network.close()
  } catch (err) {
    log('error while stopping:', err?.stack ?? err)
  }
  process.exit(0)
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
process.stdin.on('end', () => stop('stdin closed'))
process.stdin.on('error', () => stop('stdin error'))
process.stdin.resume()

process.stdout.write(
  JSON.stringify({
    pds: pdsUrl,
    appview: appviewUrl,
    plc: `http://${HOST}:${network.plc.port}`,
    ozone: `http://${HOST}:${network.ozone.port}`,
    control: `http://${HOST}:${control.address().port}`,
    pds_did: pdsServiceDid,
    appview_did: network.bsky.serverDid,
    rate_limits: rateLimits,
    serial_indexing: serialIndexing,
    startup_ms: Date.now() - started,
  }) + '\n',
)
