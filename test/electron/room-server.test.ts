import { request } from "node:http";
import { connect } from "node:net";
import fc from "fast-check";
import WebSocket from "ws";
import { type Device, type OpenRoom, openRoom, ROOM_PROTOCOL } from "../../electron/room/server";
import { type FromPhone, PHONE_MESSAGE_MAX_BYTES } from "../../shared/room/phone";
import { DEVICE_REMOVED, ROOM_CLOSED, type ToPhone } from "../../shared/room/to-phone";
import { type PhoneJoin, phoneJoining } from "./phone-client";

const PAGE = { "/": { type: "text/html; charset=utf-8", body: "<!doctype html><title>Join</title>" } };

interface Heard {
  device: Device;
  message: FromPhone;
}

async function aRoom(onMessage?: (d: Device, m: FromPhone) => ToPhone | Promise<ToPhone>) {
  const heard: Heard[] = [];
  const room = await openRoom({
    address: "127.0.0.1",
    page: PAGE,
    onMessage: (device, message) => {
      heard.push({ device, message });
      return onMessage ? onMessage(device, message) : { type: "accepted", what: message.type };
    },
  });
  return { room, heard };
}

const secretOf = (room: OpenRoom) => new URL(room.joinUrl).hash.slice(1);

/** A phone that joins as the QR code lets it, or with what a test gives it instead. */
const aPhone = (room: OpenRoom, join: PhoneJoin = {}) => phoneJoining(room.address, room.joinUrl, join);

function get(room: OpenRoom, path: string, headers: Record<string, string> = {}) {
  const url = new URL(path, room.address);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the room server", () => {
  it("listens only on the address it was given, and serves the participant page with no way out", async () => {
    const { room } = await aRoom();
    try {
      const page = await get(room, "/");
      expect(page.status).toBe(200);
      expect(page.body).toContain("<title>Join</title>");
      expect(String(page.headers["content-security-policy"])).toContain("connect-src ws://127.0.0.1:");
      expect((await get(room, "/../../etc/passwd")).status).toBe(404);
      expect((await get(room, "/index.html")).status).toBe(404);
      // Another loopback address of this machine is not the one chosen.
      const elsewhere = room.address.replace("127.0.0.1", "127.0.0.2");
      await expect(fetch(elsewhere)).rejects.toThrow();
    } finally {
      await room.close();
    }
  });

  it("answers a request line no URL parser accepts with 400, on the page and on the socket, and keeps serving", async () => {
    const { room } = await aRoom();
    try {
      const { port } = new URL(room.address);
      const raw = (lines: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = connect(Number(port), "127.0.0.1", () => socket.write(lines));
          let heard = "";
          socket.on("data", (c) => (heard += c));
          socket.on("close", () => resolve(heard));
          socket.on("error", reject);
        });
      const host = `127.0.0.1:${port}`;
      expect(await raw(`GET //[ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
      const upgrade = `GET //a%20b[ HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;
      expect(await raw(upgrade)).toMatch(/^HTTP\/1\.1 400/);
      expect((await get(room, "/")).status).toBe(200);
    } finally {
      await room.close();
    }
  });

  it("answers no other name for its address (DNS rebinding), on the page and on the socket", async () => {
    const { room } = await aRoom();
    try {
      expect((await get(room, "/", { Host: "attacker.example:80" })).status).toBe(421);
      await expect(aPhone(room, { host: "attacker.example" })).rejects.toThrow("refused 403");
      await expect(aPhone(room, { origin: "http://attacker.example" })).rejects.toThrow("refused 403");
    } finally {
      await room.close();
    }
  });

  it("lets in a phone with the secret or the PIN, and no other", async () => {
    const { room } = await aRoom();
    try {
      await expect(aPhone(room, { protocols: [ROOM_PROTOCOL] })).rejects.toThrow("refused 401");
      await expect(aPhone(room, { protocols: [ROOM_PROTOCOL, "secret.guessed"] })).rejects.toThrow("refused 401");
      const wrongPin = room.pin === "000000" ? "000001" : "000000";
      await expect(aPhone(room, { protocols: [ROOM_PROTOCOL, `pin.${wrongPin}`] })).rejects.toThrow("refused 401");
      const withSecret = await aPhone(room);
      expect((await withSecret.next()).type).toBe("welcome");
      const withPin = await aPhone(room, { protocols: [ROOM_PROTOCOL, `pin.${room.pin}`] });
      expect((await withPin.next()).type).toBe("welcome");
      expect(
        room
          .devices()
          .map((d) => d.joinedWith)
          .sort(),
      ).toEqual(["pin", "secret"]);
    } finally {
      await room.close();
    }
  });

  it("stops taking the PIN after many wrong tries, while the QR code's secret still works", async () => {
    const { room } = await aRoom();
    try {
      for (let i = 0; i < 20; i++) {
        const guess = String((Number(room.pin) + 1 + i) % 1_000_000).padStart(6, "0");
        await expect(aPhone(room, { protocols: [ROOM_PROTOCOL, `pin.${guess}`] })).rejects.toThrow("refused 401");
      }
      await expect(aPhone(room, { protocols: [ROOM_PROTOCOL, `pin.${room.pin}`] })).rejects.toThrow("refused 401");
      expect((await (await aPhone(room)).next()).type).toBe("welcome");
    } finally {
      await room.close();
    }
  });

  it("hands on only messages it can read, and says what is wrong with the rest", async () => {
    const { room, heard } = await aRoom();
    try {
      const phone = await aPhone(room);
      await phone.next();
      phone.socket.send("not json");
      expect(await phone.next()).toEqual({ type: "refused", message: "The message is not JSON." });
      phone.socket.send(JSON.stringify({ type: "vote", termId: "t-1", value: 9, replaces: null }));
      expect(await phone.next()).toMatchObject({ type: "refused", message: expect.stringContaining("at value") });
      phone.socket.send(
        JSON.stringify({ type: "vote", termId: "t-1", value: 4, replaces: null, participantId: "someone-else" }),
      );
      expect((await phone.next()).type).toBe("refused");
      phone.socket.send(JSON.stringify({ type: "vote", termId: "t-1", value: 4, replaces: null }));
      expect(await phone.next()).toEqual({ type: "accepted", what: "vote" });
      expect(heard.map((h) => h.message)).toEqual([{ type: "vote", termId: "t-1", value: 4, replaces: null }]);
    } finally {
      await room.close();
    }
  });

  it("survives fuzzed and oversized messages, and the next phone is still served", async () => {
    const { room, heard } = await aRoom();
    try {
      const phone = await aPhone(room);
      await phone.next();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          async (text) => {
            phone.socket.send(text);
            const reply = await phone.next();
            expect(["refused", "accepted"]).toContain(reply.type);
          },
        ),
        { numRuns: 30 },
      );
      const flood = await aPhone(room);
      await flood.next();
      flood.socket.send("x".repeat(PHONE_MESSAGE_MAX_BYTES + 1));
      expect(await flood.closed).toBe(1009);
      const after = await aPhone(room);
      expect((await after.next()).type).toBe("welcome");
      for (const h of heard) expect(["join", "vote", "propose", "park"]).toContain(h.message.type);
    } finally {
      await room.close();
    }
  });

  it("lets go of a phone that stopped answering (out of the Wi-Fi's range), so its person can join again", async () => {
    const devices: Device[][] = [];
    const room = await openRoom({
      address: "127.0.0.1",
      page: PAGE,
      heartbeatMs: 40,
      onMessage: () => ({ type: "accepted", what: "" }),
      onDevices: (d) => devices.push(d),
    });
    try {
      const url = `${new URL(room.address).origin.replace("http", "ws")}/room`;
      const ghost = new WebSocket(url, [ROOM_PROTOCOL, `secret.${secretOf(room)}`], {
        origin: new URL(room.address).origin,
        autoPong: false,
      });
      const gone = new Promise<number>((resolve) => ghost.on("close", (code) => resolve(code)));
      await new Promise((resolve) => ghost.once("open", resolve));
      const alive = await aPhone(room);
      await alive.next();
      expect(await gone).toBe(1006);
      await expect.poll(() => devices.at(-1)?.length).toBe(1);
      expect(room.devices()).toHaveLength(1);
    } finally {
      await room.close();
    }
  });

  it("keeps each phone's messages in order, and cuts off a phone that floods", async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const { room, heard } = await aRoom(async (_d, m) => {
      if (m.type === "vote" && m.value === 1) await slow;
      return { type: "accepted", what: `${m.type}` };
    });
    try {
      const phone = await aPhone(room);
      await phone.next();
      phone.socket.send(JSON.stringify({ type: "vote", termId: "t", value: 1, replaces: null }));
      phone.socket.send(JSON.stringify({ type: "vote", termId: "t", value: 2, replaces: null }));
      await new Promise((r) => setTimeout(r, 50));
      expect(heard.map((h) => h.message)).toEqual([{ type: "vote", termId: "t", value: 1, replaces: null }]);
      release();
      await phone.next();
      await phone.next();
      expect(heard.map((h) => (h.message as { value: number }).value)).toEqual([1, 2]);
      for (let i = 0; i < 60; i++) phone.socket.send(JSON.stringify({ type: "park", text: `question ${i}` }));
      expect(await phone.closed).toBe(4002);
    } finally {
      await room.close();
    }
  });

  it("lets the facilitator lock joining and remove a device", async () => {
    const { room } = await aRoom();
    try {
      const first = await aPhone(room);
      const { deviceId } = (await first.next()) as { deviceId: string };
      room.lock(true);
      await expect(aPhone(room)).rejects.toThrow("refused 423");
      room.remove(deviceId);
      expect(await first.closed).toBe(DEVICE_REMOVED);
      room.lock(false);
      expect((await (await aPhone(room)).next()).type).toBe("welcome");
    } finally {
      await room.close();
    }
  });

  it("drops every phone and stops listening when the room closes; a room opened again has a new secret", async () => {
    const { room } = await aRoom();
    const phones = [await aPhone(room), await aPhone(room)];
    await room.close();
    expect(await Promise.all(phones.map((p) => p.closed))).toEqual([ROOM_CLOSED, ROOM_CLOSED]);
    await expect(fetch(room.address)).rejects.toThrow();
    const { room: again } = await aRoom();
    try {
      expect(secretOf(again)).not.toBe(secretOf(room));
      await expect(aPhone(again, { protocols: [ROOM_PROTOCOL, `secret.${secretOf(room)}`] })).rejects.toThrow(
        "refused 401",
      );
    } finally {
      await again.close();
    }
  });

  it("says plainly when the address is not this computer's", async () => {
    await expect(
      openRoom({ address: "192.0.2.1", page: PAGE, onMessage: () => ({ type: "accepted", what: "" }) }),
    ).rejects.toThrow("This computer has no address 192.0.2.1: choose another network.");
  });
});
