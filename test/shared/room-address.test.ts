import { chooseRoomAddress, NO_NETWORK_ADVICE } from "../../shared/room/address";

const v4 = (address: string, internal = false) => ({
  address,
  family: "IPv4" as const,
  internal,
  netmask: "255.255.255.0",
});
const v6 = (address: string) => ({ address, family: "IPv6" as const, internal: false });

describe("the address the room server listens on", () => {
  it("is the Wi-Fi's, never loopback, link-local or a virtual adapter's", () => {
    const choice = chooseRoomAddress({
      lo: [v4("127.0.0.1", true), { address: "::1", family: "IPv6", internal: true }],
      docker0: [v4("172.17.0.1")],
      "vEthernet (WSL)": [v4("172.28.96.1")],
      "VirtualBox Host-Only Network": [v4("192.168.56.1")],
      vmnet8: [v4("192.168.200.1")],
      wlan0: [v4("169.254.10.20"), v6("fe80::1c2d:3e4f"), v4("192.168.1.23")],
    });
    expect(choice.chosen).toEqual({ adapter: "wlan0", address: "192.168.1.23" });
    expect(choice.candidates).toEqual([{ adapter: "wlan0", address: "192.168.1.23" }]);
    expect(choice.advice).toBeNull();
  });

  it("prefers 192.168, then 10, then 172.16–31, and offers the others to choose from", () => {
    const choice = chooseRoomAddress({
      eth0: [v4("172.20.4.9")],
      "Wi-Fi": [v4("10.0.0.14")],
      en5: [v4("192.168.43.2")],
    });
    expect(choice.candidates.map((c) => c.address)).toEqual(["192.168.43.2", "10.0.0.14", "172.20.4.9"]);
  });

  it("leaves out public and carrier-grade addresses, which are not the room's network", () => {
    const choice = chooseRoomAddress({ eth0: [v4("203.0.113.7")], wwan0: [v4("100.72.1.2")], en0: [v4("172.32.0.1")] });
    expect(choice.chosen).toBeNull();
  });

  it("says plainly what to do when there is no network at all", () => {
    const choice = chooseRoomAddress({ lo: [v4("127.0.0.1", true)] });
    expect(choice).toEqual({ chosen: null, candidates: [], advice: NO_NETWORK_ADVICE });
    expect(NO_NETWORK_ADVICE).toMatch(/Wi-Fi.*hotspot/);
  });

  it("reads Node 18's numeric families too, and ignores what is not an address", () => {
    const choice = chooseRoomAddress({
      wlan0: [{ address: "192.168.0.5", family: 4, internal: false }, v4("192.168.0"), v4("192.168.300.1")],
      en1: undefined,
    });
    expect(choice.candidates).toEqual([{ adapter: "wlan0", address: "192.168.0.5" }]);
  });

  it("keeps a Windows hotspot's adapter, which the advice itself tells the facilitator to start", () => {
    const choice = chooseRoomAddress({
      "Local Area Connection* 10": [v4("192.168.137.1")],
      lo0: [v4("127.0.0.1", true)],
    });
    expect(choice.chosen).toEqual({ adapter: "Local Area Connection* 10", address: "192.168.137.1" });
  });
});
