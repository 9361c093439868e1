import { byId } from "../../../shared/workshop/locate";
import { useWorkshopStore } from "../../store/workshop-store";
import { usePhones } from "./phones-store";
import { phonesRoom } from "./usePhoneRoomHost";

/** Who is connected, by the name they picked; any phone can be taken out of the room. */
export function DeviceList() {
  const devices = usePhones((s) => s.devices);
  const members = usePhones((s) => s.members);
  const teams = useWorkshopStore((s) => s.workshop?.teams ?? []);
  return (
    <section aria-labelledby="devices-heading">
      <h3 id="devices-heading">
        {devices.length === 0
          ? "No phone has joined yet"
          : `${devices.length} ${devices.length === 1 ? "phone" : "phones"} in the room`}
      </h3>
      {devices.length > 0 && (
        <ul className="phones-devices">
          {devices.map((device) => {
            const member = members[device.id];
            const team = member ? byId(teams, member.teamId)?.name : undefined;
            const who = member ? `${member.name ?? "Without a name"}${team ? ` · ${team}` : ""}` : "Choosing a name…";
            return (
              <li key={device.id}>
                <span>{who}</span>
                <span className="phones-muted">
                  {device.label} · {device.joinedWith === "pin" ? "by PIN" : "by QR code"}
                </span>
                <button
                  type="button"
                  className="btn btn-quiet"
                  aria-label={`Remove ${member?.name ?? "this phone"} from the room`}
                  title="It can join again with the code or the PIN; close and open the room again to change both."
                  onClick={() => phonesRoom.remove(device.id)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
