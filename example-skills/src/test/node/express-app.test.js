// Drives the Express reference's code, assembled by ExpressExamplesRunTest into $APP_DIR/app.js (the
// reference's javascript blocks in document order), over HTTP on 127.0.0.1, one test per directive.
//
// What this file adds around the reference's code, and nothing else: the environment variables the
// reference reads, an in-memory Postgres (pg-mem's pg adapter answers require("pg"), with the tables the
// queries use), the EJS view engine for the reference's login form, a JWKS server for the JWT section,
// and listen(). A TLS-terminating proxy is simulated by sending X-Forwarded-Proto: https from loopback,
// which the reference trusts only because TRUST_PROXY=loopback is set below.
"use strict";

const assert = require("node:assert/strict");
const crypto = require("node:crypto");
const fs = require("node:fs");
const http = require("node:http");
const Module = require("node:module");
const os = require("node:os");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { newDb } = require("pg-mem");
const jose = require("jose");

const APP_DIR = process.env.APP_DIR;
assert.ok(APP_DIR, "APP_DIR must name the folder holding the assembled app.js");

const db = newDb();
db.public.none(`
  CREATE TABLE users (id SERIAL PRIMARY KEY, email TEXT UNIQUE NOT NULL, password_hash TEXT NOT NULL,
                      display_name TEXT, bio TEXT, role TEXT NOT NULL DEFAULT 'user');
  CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, total INTEGER NOT NULL, status TEXT NOT NULL);
  CREATE TABLE products (id SERIAL PRIMARY KEY, name TEXT NOT NULL, price INTEGER NOT NULL);
  INSERT INTO products (name, price) VALUES ('Zebra book', 5), ('Apple book', 30), ('Mango book', 10);
`);
const pg = db.adapters.createPg();
const load = Module._load;
Module._load = function loadWithMemoryPostgres(request, ...rest) {
  return request === "pg" ? pg : load.call(this, request, ...rest);
};

const ISSUER = "https://login.example.test/";
let keys;
let jwksServer;
let server;
let base;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "express-uploads-"));
fs.writeFileSync(path.join(path.dirname(uploadDir), `${path.basename(uploadDir)}-outside.txt`), "outside");

before(async () => {
  keys = await jose.generateKeyPair("RS256");
  const jwk = { ...(await jose.exportJWK(keys.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  jwksServer = http.createServer((req, res) => res.end(JSON.stringify({ keys: [jwk] })));
  await new Promise((resolve) => jwksServer.listen(0, "127.0.0.1", resolve));

  Object.assign(process.env, {
    NODE_ENV: "production",
    TRUST_PROXY: "loopback",
    ALLOWED_HOSTS: "127.0.0.1,localhost",
    CORS_ORIGINS: "https://shop.example",
    JWKS_URL: `http://127.0.0.1:${jwksServer.address().port}/jwks`,
    JWT_ISSUER: ISSUER,
    SESSION_SECRET: crypto.randomBytes(32).toString("hex"),
    DATABASE_URL: "postgres://memory/shop",
    UPLOAD_DIR: uploadDir,
  });
  const { app } = require(path.join(APP_DIR, "app.js"));
  app.set("views", path.join(APP_DIR, "views"));
  app.set("view engine", "ejs");
  server = http.createServer(app);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  jwksServer?.close();
});

// --- a tiny browser: one cookie jar per user, requests arrive as through a TLS proxy ------------------

class Browser {
  constructor(ip = "203.0.113.10") {
    this.cookies = new Map();
    this.ip = ip;
    this.setCookies = [];
  }

  async request(method, url, { body, headers = {} } = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(base + url, {
      method,
      body,
      redirect: "manual",
      headers: { "x-forwarded-proto": "https", "x-forwarded-for": this.ip, ...(cookie ? { cookie } : {}), ...headers },
    });
    this.setCookies = response.headers.getSetCookie();
    for (const line of this.setCookies) {
      const [pair] = line.split(";");
      const [name, value] = pair.split("=");
      this.cookies.set(name, value);
    }
    return response;
  }

  get(url, options) {
    return this.request("GET", url, options);
  }

  form(url, fields, headers = {}) {
    return this.request("POST", url, {
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  async csrfToken() {
    const html = await (await this.get("/login")).text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    assert.ok(match, `the login form carries a _csrf field:\n${html}`);
    return match[1];
  }

  async register(email, password) {
    return this.form("/register", { email, password, _csrf: await this.csrfToken() });
  }

  async login(email, password) {
    return this.form("/login", { email, password, _csrf: await this.csrfToken() });
  }
}

const ALICE = { email: "alice@example.test", password: "alice-long-passphrase-for-tests" };
const BOB = { email: "bob@example.test", password: "bob-long-passphrase-for-tests" };

describe("the Express reference, run", () => {
  const alice = new Browser("203.0.113.1");
  const bob = new Browser("203.0.113.2");

  test("an unauthenticated request is sent to the login page", async () => {
    const response = await new Browser().get("/orders/1");
    assert.equal(response.status, 302);
    assert.equal(response.headers.get("location"), "/login");
  });

  test("a POST without the CSRF token is refused", async () => {
    const browser = new Browser();
    await browser.get("/login");
    const response = await browser.form("/register", { email: "mallory@example.test", password: "x".repeat(20) });
    assert.equal(response.status, 403);
  });

  test("a 14-character and a listed password are refused, a 73-byte one is hashed whole", async () => {
    const browser = new Browser("203.0.113.3");
    assert.equal((await browser.register("short@example.test", "fourteen-chars")).status, 400);
    assert.equal((await browser.register("common@example.test", "1qaz2wsx3edc4rfv")).status, 400);
    assert.equal((await browser.register("common2@example.test", "PasswordPassword")).status, 400);

    const long73 = `${"é".repeat(36)}x`;
    assert.equal(Buffer.byteLength(long73), 73);
    assert.equal((await browser.register("long@example.test", long73)).status, 302);
    const { rows } = await new pg.Pool().query("SELECT password_hash FROM users WHERE email = $1",
      ["long@example.test"]);
    assert.match(rows[0].password_hash, /^\$argon2id\$/);
    assert.equal((await new Browser("203.0.113.4").login("long@example.test", `${"é".repeat(36)}y`)).status, 401,
      "the 73rd byte counts");
    assert.equal((await new Browser("203.0.113.4").login("long@example.test", long73)).status, 302);
  });

  test("login rotates the session; the cookie is Secure, HttpOnly and SameSite=Lax", async () => {
    assert.equal((await alice.register(ALICE.email, ALICE.password)).status, 302);
    assert.equal((await bob.register(BOB.email, BOB.password)).status, 302);
    await alice.get("/login");
    const before = alice.cookies.get("sid");
    assert.ok(before, "a session cookie before login");
    const response = await alice.login(ALICE.email, ALICE.password);
    assert.equal(response.status, 302);
    assert.equal(response.headers.get("location"), "/");
    const sid = alice.setCookies.find((c) => c.startsWith("sid="));
    assert.ok(sid, "login sets a new session cookie");
    assert.notEqual(alice.cookies.get("sid"), before);
    assert.match(sid, /; Secure/);
    assert.match(sid, /; HttpOnly/);
    assert.match(sid, /; SameSite=Lax/);
    assert.equal((await bob.login(BOB.email, BOB.password)).status, 302);
  });

  test("a user gets their own order and 404 for another user's", async () => {
    const ids = await new pg.Pool().query("SELECT id, email FROM users");
    const idOf = (email) => ids.rows.find((r) => r.email === email).id;
    await new pg.Pool().query("INSERT INTO orders (id, user_id, total, status) VALUES (1, $1, 10, 'paid'), (2, $2, 20, 'shipped')",
      [idOf(ALICE.email), idOf(BOB.email)]);
    const own = await alice.get("/orders/1");
    assert.equal(own.status, 200);
    assert.equal((await own.json()).status, "paid");
    assert.equal((await alice.get("/orders/2")).status, 404);
  });

  test("the profile form binds only the picked fields", async () => {
    const token = await alice.csrfToken();
    const response = await alice.form("/profile", { displayName: "Alice A.", bio: "hi", role: "admin", id: "2", _csrf: token });
    assert.equal(response.status, 302);
    const { rows } = await new pg.Pool().query("SELECT email, display_name, role FROM users ORDER BY email");
    assert.deepEqual(rows.filter((r) => r.email !== "long@example.test"), [
      { email: ALICE.email, display_name: "Alice A.", role: "user" },
      { email: BOB.email, display_name: null, role: "user" },
    ]);
  });

  test("an external redirect target is replaced, an allowed one kept", async () => {
    assert.equal((await alice.get("/continue?next=https://evil.example/")).headers.get("location"), "/");
    assert.equal((await alice.get("/continue?next=//evil.example")).headers.get("location"), "/");
    assert.equal((await alice.get("/continue?next=/orders")).headers.get("location"), "/orders");
  });

  test("sort keys outside the Map, prototype keys included, fall back to name", async () => {
    const names = async (query) => (await (await alice.get(`/products?${query}`)).json()).map((p) => p.name);
    assert.deepEqual(await names("sort=price"), ["Zebra book", "Mango book", "Apple book"]);
    for (const sort of ["constructor", "__proto__", "price; DROP TABLE products", "toString"]) {
      assert.deepEqual(await names(`sort=${encodeURIComponent(sort)}`), ["Apple book", "Mango book", "Zebra book"], sort);
    }
    assert.deepEqual(await names(`q=${encodeURIComponent("' OR '1'='1")}`), []);
  });

  test("user input is escaped in HTML", async () => {
    const body = await (await alice.get(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`)).text();
    assert.equal(body, "<p>Results for &lt;script&gt;alert(1)&lt;/script&gt;</p>");
  });

  test("multipart uploads are CSRF-checked, type-checked and stored under a random name", async () => {
    const upload = async (name, type, token) => {
      const form = new FormData();
      if (token) form.append("_csrf", token);
      form.append("document", new Blob(["%PDF-1.4 test"], { type }), name);
      return alice.request("POST", "/documents", { body: form });
    };
    assert.equal((await upload("report.pdf", "application/pdf", null)).status, 403);
    const token = await alice.csrfToken();
    assert.equal((await upload("tool.exe", "application/octet-stream", token)).status, 400);
    assert.equal((await upload("report.pdf", "image/png", token)).status, 400, "MIME type and extension must agree");
    const stored = await upload("../../report.pdf", "application/pdf", token);
    assert.equal(stored.status, 201);
    const name = await stored.text();
    assert.match(name, /^[0-9a-f-]{36}\.pdf$/);
    assert.deepEqual(fs.readdirSync(uploadDir), [name]);

    const download = await alice.get(`/documents/${name}`);
    assert.equal(download.status, 200);
    assert.equal(await download.text(), "%PDF-1.4 test");
    const outside = `..%2F${path.basename(uploadDir)}-outside.txt`;
    const traversal = await alice.get(`/documents/${outside}`);
    assert.equal(traversal.status, 403);
    assert.doesNotMatch(await traversal.text(), /outside|Error|at /);
  });

  test("CORS answers only the listed origin, with credentials", async () => {
    const preflight = (origin) => new Browser().request("OPTIONS", "/api/orders",
      { headers: { origin, "access-control-request-method": "GET" } });
    const listed = await preflight("https://shop.example");
    assert.equal(listed.headers.get("access-control-allow-origin"), "https://shop.example");
    assert.equal(listed.headers.get("access-control-allow-credentials"), "true");
    const other = await preflight("https://evil.example");
    assert.equal(other.headers.get("access-control-allow-origin"), null);
  });

  test("bearer tokens are verified: signature, issuer, audience, expiry and algorithm", async () => {
    const ids = await new pg.Pool().query("SELECT id FROM users WHERE email = $1", [ALICE.email]);
    const sub = String(ids.rows[0].id);
    const sign = (claims, key = keys.privateKey, alg = "RS256") => new jose.SignJWT(claims)
      .setProtectedHeader({ alg, kid: "k1" }).setIssuedAt().setExpirationTime("5m").sign(key);
    const call = (token) => new Browser().get("/api/orders", { headers: { authorization: `Bearer ${token}` } });

    const good = await call(await sign({ sub, iss: ISSUER, aud: "shop-api" }));
    assert.equal(good.status, 200);
    assert.deepEqual(await good.json(), [{ id: 1, status: "paid" }]);

    const other = await jose.generateKeyPair("RS256");
    const secret = new TextEncoder().encode("a-shared-secret-that-is-long-enough");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(
      { sub, iss: ISSUER, aud: "shop-api" })).toString("base64url")}.`;
    for (const [why, token] of [
      ["no token", ""],
      ["wrong key", await sign({ sub, iss: ISSUER, aud: "shop-api" }, other.privateKey)],
      ["wrong audience", await sign({ sub, iss: ISSUER, aud: "other-api" })],
      ["wrong issuer", await sign({ sub, iss: "https://evil.example/", aud: "shop-api" })],
      ["expired", await new jose.SignJWT({ sub, iss: ISSUER, aud: "shop-api" }).setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuedAt(1_000_000).setExpirationTime(1_000_300).sign(keys.privateKey)],
      ["HS256", await sign({ sub, iss: ISSUER, aud: "shop-api" }, secret, "HS256")],
      ["alg none", unsigned],
    ]) {
      assert.equal((await call(token)).status, 401, why);
    }
  });

  test("a foreign Host header is refused", async () => {
    const status = await new Promise((resolve, reject) => {
      const { port } = new URL(base);
      http.get({ host: "127.0.0.1", port, path: "/login", headers: { host: "evil.example" } },
        (res) => { res.resume(); resolve(res.statusCode); }).on("error", reject);
    });
    assert.equal(status, 400);
  });

  test("outbound URLs outside the allow-list are refused", () => {
    // checkedUrl is a function declaration of the assembled module; reach it through a second copy of
    // the block's source, read from app.js, not retyped here.
    const source = fs.readFileSync(path.join(APP_DIR, "app.js"), "utf8");
    const block = /const OUTBOUND_HOSTS[\s\S]*?\nfunction checkedUrl[\s\S]*?\n}\n/.exec(source);
    assert.ok(block, "the SSRF block is in app.js");
    const checkedUrl = new Function(`${block[0]}; return checkedUrl;`)();
    for (const url of ["http://169.254.169.254/latest/meta-data/", "https://127.0.0.1/", "http://images.example-cdn.com/a.png",
      "https://images.example-cdn.com.evil.example/a.png", "https://evil.example@169.254.169.254/", "file:///etc/passwd"]) {
      assert.throws(() => checkedUrl(url), /not allowed/, url);
    }
    assert.equal(checkedUrl("https://images.example-cdn.com/a.png").href, "https://images.example-cdn.com/a.png");
  });

  test("headers are set and errors show no internals", async () => {
    const page = await new Browser().get("/login");
    const csp = page.headers.get("content-security-policy").split(";");
    for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    }
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal(page.headers.get("x-powered-by"), null);
    assert.ok(page.headers.get("strict-transport-security"));
    const browser = new Browser();
    const bad = await browser.request("POST", "/login", { body: "{not json", headers: { "content-type": "application/json" } });
    assert.equal(bad.status, 400);
    assert.equal(await bad.text(), "Request refused");
  });

  test("repeated failed logins for one account are answered 429, whatever the client IP", async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await new Browser(`198.51.100.${attempt + 1}`).login(BOB.email, `wrong-password-${attempt}`);
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
  });

  test("repeated login posts from one IP are answered 429 with RateLimit headers", async () => {
    const browser = new Browser("192.0.2.77");
    const token = await browser.csrfToken();
    const statuses = [];
    let last;
    for (let attempt = 0; attempt < 21; attempt++) {
      last = await browser.form("/login", { email: `user${attempt}@example.test`, password: "wrong-password-123", _csrf: token });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses.slice(0, 20), Array(20).fill(401));
    assert.equal(statuses[20], 429);
    assert.ok(last.headers.get("ratelimit"), "draft-8 RateLimit header");
  });
});
