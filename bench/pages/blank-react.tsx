import { createRoot } from "react-dom/client";

// The smallest React page with the same first control as Accord's home screen.
createRoot(document.getElementById("root") as HTMLElement).render(<button type="button">New workshop</button>);
