/**
 * Which address the room server listens on: one the phones in the room can
 * reach. A pure function of the machine's interfaces (os.networkInterfaces()),
 * so that it is tested here on made-up lists; the server itself never picks.
 */

export interface InterfaceAddress {
  address: string;
  family: "IPv4" | "IPv6" | number;
  internal: boolean;
}

export type Interfaces = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;

export interface RoomAddress {
  /** The adapter's name, as the system calls it ("Wi-Fi", "en0", "wlan0"). */
  adapter: string;
  address: string;
}

export interface AddressChoice {
  /** The best address for phones, or null when there is none. */
  chosen: RoomAddress | null;
  /** Every address the facilitator may choose instead, best first. */
  candidates: RoomAddress[];
  /** What to do when there is none, in the facilitator's words. */
  advice: string | null;
}

export const NO_NETWORK_ADVICE =
  "This computer is on no network the phones could join: connect it to the room’s Wi-Fi, or start a hotspot on it or on a phone, and open the room again.";

/*
 * Adapters that lead to a virtual machine, a container or a VPN rather than
 * to the room: Docker and Podman bridges, WSL and Hyper-V switches,
 * VirtualBox and VMware host-only networks, libvirt, and common VPN tunnels.
 */
const VIRTUAL =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|podman|cni|flannel|cali|tun|tap|utun|wg|tailscale|zt)|^lo\d*$|vEthernet|VirtualBox|VMware|Hyper-V|WSL|Loopback|Teredo|isatap/i;

function ipv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : Number.NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** Private ranges first, as rooms' Wi-Fi and hotspots use them: 192.168, then 10, then 172.16–31; null for the rest. */
function rank(bytes: number[]): number | null {
  const [a = 0, b = 0] = bytes;
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  return null;
}

export function chooseRoomAddress(interfaces: Interfaces): AddressChoice {
  const ranked: { candidate: RoomAddress; rank: number; order: number }[] = [];
  let order = 0;
  for (const [adapter, addresses] of Object.entries(interfaces)) {
    if (VIRTUAL.test(adapter)) continue;
    for (const entry of addresses ?? []) {
      order += 1;
      // Phones join over IPv4: every room network offers it, and a link-local IPv6 address needs a zone id no phone can type.
      if (entry.internal || (entry.family !== "IPv4" && entry.family !== 4)) continue;
      const bytes = ipv4(entry.address);
      if (!bytes) continue;
      const r = rank(bytes);
      if (r === null) continue;
      ranked.push({ candidate: { adapter, address: entry.address }, rank: r, order });
    }
  }
  ranked.sort((x, y) => x.rank - y.rank || x.order - y.order);
  const candidates = ranked.map((r) => r.candidate);
  return { chosen: candidates[0] ?? null, candidates, advice: candidates.length === 0 ? NO_NETWORK_ADVICE : null };
}
