import { useState } from "react";
import { FROM_FACILITATOR } from "../../../shared/contract";
import { describeDraftField, keepDraftCall } from "../../../shared/contract/drafts";
import type { Recovered } from "../../storage/repository";
import { useServices } from "../../storage/StorageContext";
import { change, useWorkshopStore } from "../../store/workshop-store";
import { Banner } from "../../ui/Banner";

/**
 * What Accord brought back on opening: words typed and not stored before it
 * closed or crashed. Changes that were a keystroke from stored are back in
 * place and only reported; names never kept with Enter are offered, each to
 * keep or discard, since the facilitator had not decided yet.
 */
export function BroughtBackBanner({ recovered }: { recovered: Recovered }) {
  const { persistence } = useServices();
  const workshop = useWorkshopStore((s) => s.workshop);
  const [offers, setOffers] = useState(recovered.offers);
  const [restored, setRestored] = useState(recovered.restored);
  const settle = (key: string) => {
    setOffers((all) => all.filter((o) => o.key !== key));
    persistence.slots.discard(key);
  };
  if (!workshop) return null;
  return (
    <>
      {recovered.problems.map((p) => (
        <Banner key={p.message} tone="error">
          <p>{p.message}</p>
        </Banner>
      ))}
      {offers.length > 0 && (
        <Banner tone="warning">
          <div className="banner-text">
            <p>Typed before Accord closed, and never kept with Enter:</p>
            <ul className="brought-back">
              {offers.map((offer) => (
                <li key={offer.key}>
                  {describeDraftField(workshop, offer.field, offer.before)}: “{offer.text}”{" "}
                  <button
                    type="button"
                    className="btn btn-primary"
                    onClick={() =>
                      change(keepDraftCall(offer.field, offer.text), FROM_FACILITATOR).ok && settle(offer.key)
                    }
                  >
                    Keep
                  </button>{" "}
                  <button type="button" className="btn" onClick={() => settle(offer.key)}>
                    Discard
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </Banner>
      )}
      {restored && (
        <Banner tone="info">
          <p className="banner-text">
            What you typed just before Accord closed was not stored yet: it is back in place.
          </p>
          <button type="button" className="btn" onClick={() => setRestored(false)}>
            OK
          </button>
        </Banner>
      )}
    </>
  );
}
