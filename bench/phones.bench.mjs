import { readFileSync } from "node:fs";
import WebSocket, { WebSocketServer } from "ws";
import { median, row } from "./stats.mjs";
import { aFreeTerm, seededWorkshop } from "./stored.mjs";

// A room of phones voting at once: every vote counted exactly once, and the
// time from a phone's vote to the room screen painting the new count,
// beside a bare WebSocket round trip from as many clients at once, in the
// same run. Phones are Node clients on 127.0.0.1 speaking the room's own
// protocol; the facilitator's window and the room screen are real pages.
const ROOMS = [60, 200];
const TARGET_RATIO = 5;
const MEMORY_TARGET_RATIO = 1.5;

const clock = () => performance.timeOrigin + performance.now();
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

/** Resident memory of a process, in MB (Linux); null elsewhere. */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** A phone: joins with the QR code's secret and hands each message to whoever waits for its type. */
function aPhone(joinUrl) {
  const url = new URL(joinUrl);
  const socket = new WebSocket(`ws://${url.host}/room`, ["accord-room", `secret.${url.hash.slice(1)}`], {
    origin: url.origin,
  });
  const waiting = [];
  const heard = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    const at = waiting.findIndex((w) => w.type === message.type);
    if (at >= 0) waiting.splice(at, 1)[0].resolve(message);
    else heard.push(message);
  });
  const next = (type) =>
    new Promise((resolve) => {
      const at = heard.findIndex((m) => m.type === type);
      if (at >= 0) return resolve(heard.splice(at, 1)[0]);
      waiting.push({ type, resolve });
    });
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve({ socket, next }));
    socket.once("error", reject);
  });
}

/** Runs in the room screen: the time each vote count was first painted. */
function watchCounts() {
  window.__painted = {};
  const read = () => {
    const text = document.querySelector('[aria-label="Consensus check"]')?.textContent ?? "";
    const count = /(\d+) of \d+ have voted/.exec(text)?.[1];
    if (count === undefined || window.__painted[count]) return;
    window.__painted[count] = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__painted[count] = performance.timeOrigin + performance.now();
      }, 0),
    );
  };
  new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
  read();
}

const people = (teams, count) =>
  Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    name: `Person ${i + 1}`,
    role: "",
    teamId: teams[i % teams.length].id,
    signatory: false,
  }));

async function aRoomVoting(browser, appUrl, size, serverPid) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const editor = await seededWorkshop(browser, appUrl, {
    context,
    view: "agreement",
    parts: (w) => ({
      participants: people(w.teams, size),
      terms: [{ ...aFreeTerm(0, {}), status: "discussing" }],
    }),
  });
  const id = decodeURIComponent(new URL(editor.url()).hash.split("/")[2] ?? "");
  const room = await context.newPage();
  await room.goto(`${new URL(editor.url()).origin}/#/room/${encodeURIComponent(id)}`);
  await room.getByText(`0 of ${size} have voted`).or(room.getByText("No votes yet")).first().waitFor();
  await room.evaluate(watchCounts);

  const before = rssMb(serverPid);
  await editor.getByRole("button", { name: "Phones" }).click();
  await editor.getByRole("combobox", { name: "Network the phones are on" }).selectOption("127.0.0.1");
  await editor.getByRole("button", { name: "Open the room to phones" }).click();
  const joinUrl = await editor.getByRole("link", { name: "Open a phone's page here" }).getAttribute("href");
  const phones = [];
  for (let i = 0; i < size; i++) phones.push(await aPhone(joinUrl));
  await Promise.all(
    phones.map(async (phone, i) => {
      phone.socket.send(JSON.stringify({ type: "join", participantId: `p-${i}`, teamId: null }));
      await phone.next("joined");
    }),
  );

  const sentAt = [];
  const answered = await Promise.all(
    phones.map((phone, i) => {
      const answer = phone.next("accepted").then((m) => ({ i, m, at: clock() }));
      sentAt[i] = clock();
      phone.socket.send(JSON.stringify({ type: "vote", termId: "term-0", value: (i % 6) + 0, replaces: null }));
      return answer;
    }),
  );
  await room.getByText(`${size} of ${size} have voted`).waitFor({ timeout: 120_000 });
  await room.waitForFunction((n) => typeof window.__painted[String(n)] === "number", size);
  const painted = await room.evaluate(() => window.__painted);
  const counted = Number(
    /\((\d+)\)/.exec((await editor.getByRole("button", { name: /^Reveal the votes/ }).textContent()) ?? "")?.[1],
  );
  const after = rssMb(serverPid);

  // The k-th vote the room took shows when the count first reached k.
  const order = [...answered].sort((a, b) => a.at - b.at);
  const latencies = order.map(({ i }, k) => {
    const shown = Object.entries(painted)
      .filter(([count, at]) => Number(count) >= k + 1 && typeof at === "number")
      .map(([, at]) => at);
    return Math.min(...shown) - sentAt[i];
  });
  for (const phone of phones) phone.socket.terminate();
  await editor.getByRole("button", { name: "Close the room to phones" }).click();
  await context.close();
  return { latencies, counted, accepted: answered.length, before, after };
}

/** The same crowd with nothing in between: each client's message echoed by a bare ws server on 127.0.0.1. */
async function bareRoundTrips(size) {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket) => socket.on("message", (data) => socket.send(data)));
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  const clients = await Promise.all(
    Array.from(
      { length: size },
      () =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}`);
          socket.once("open", () => resolve(socket));
          socket.once("error", reject);
        }),
    ),
  );
  const times = await Promise.all(
    clients.map(
      (socket, i) =>
        new Promise((resolve) => {
          const sent = clock();
          socket.once("message", () => resolve(clock() - sent));
          socket.send(JSON.stringify({ type: "vote", termId: "term-0", value: i % 6, replaces: null }));
        }),
    ),
  );
  for (const socket of clients) socket.terminate();
  await new Promise((resolve) => server.close(resolve));
  return times;
}

export default async function ({ browser, appUrl, appServerPid }) {
  const rows = [];
  for (const size of ROOMS) {
    const reference = await bareRoundTrips(size);
    const room = await aRoomVoting(browser, appUrl, size, appServerPid);
    rows.push(
      row({
        name: `${size} phones vote at once: vote to the room screen's count painted, p50 (reference: bare ws round trip, ${size} clients)`,
        figure: median(room.latencies),
        unit: "ms",
        reference: median(reference),
        target: TARGET_RATIO * median(reference),
      }),
      row({
        name: `${size} phones vote at once: vote to the room screen's count painted, p95 (reference: bare ws round trip, p95)`,
        figure: p95(room.latencies),
        unit: "ms",
        reference: p95(reference),
        target: TARGET_RATIO * p95(reference),
      }),
      row({
        name: `${size} phones vote at once: votes lost or counted twice (votes taken ${room.counted}, answered ${room.accepted})`,
        figure: Math.abs(room.counted - size) + Math.abs(room.accepted - size),
        unit: "votes",
        target: 0,
      }),
    );
    if (room.before !== null && room.after !== null) {
      rows.push(
        row({
          name: `${size} phones joined and voted: memory of the host serving them (reference: the same host before the room opened)`,
          figure: room.after,
          unit: "MB",
          reference: room.before,
          target: MEMORY_TARGET_RATIO * room.before,
        }),
      );
    }
  }
  return rows;
}
