import { useEffect, useState } from "react";
import { keyFingerprint } from "../../../shared/charter/seal";
import { useServices } from "../../storage/StorageContext";
import { installationSealKeys } from "../../storage/seal-keys";

/**
 * Which key this computer's Accord seals with, for the facilitator to hand
 * to whoever imports the charter (`accord verify --key`); the PDF's footer
 * prints the same fingerprint.
 */
export function SealLine() {
  const { db } = useServices();
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    installationSealKeys(db).then(
      (keys) => live && setFingerprint(keyFingerprint(keys.publicKey)),
      () => live && setFingerprint(null),
    );
    return () => {
      live = false;
    };
  }, [db]);
  if (fingerprint === null) return null;
  return (
    <p className="export-seal">
      Sealed by this computer’s Accord key <code>{fingerprint}</code>: an importer checks it with{" "}
      <code>accord verify --key</code>.
    </p>
  );
}
