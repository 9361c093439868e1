import { CrmRulesSection } from "../crm/CrmRulesSection";
import { FeedbackLoop } from "./FeedbackLoop";
import { KpiList } from "./KpiList";
import "./measures.css";

export function MeasuresView() {
  return (
    <div className="measures">
      <KpiList />
      <FeedbackLoop />
      <CrmRulesSection />
    </div>
  );
}
