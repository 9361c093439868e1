import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { CharterFile } from "../charter/format";
import { meaningfulCharter } from "../charter/meaningful";
import { Changes } from "./Changes";
import { Cover } from "./Cover";
import { CrmRules } from "./CrmRules";
import { Footer, NotIntactBanner } from "./Footer";
import { GlossaryIntro, StageEntries, TermEntries } from "./Glossary";
import { JourneyMap } from "./JourneyMap";
import { pageNumbering } from "./page-numbers";
import { packPages, stageHeight, termHeight } from "./pages";
import { Decisions, OpenItems } from "./Record";
import { FeedbackLoop, Handoffs, Kpis } from "./Rules";
import { Signatures } from "./Signatures";
import { Summary } from "./Summary";
import { pdfStatus } from "./status";
import { FONT, styles } from "./styles";
import { TheirWords } from "./TheirWords";

export interface CharterDocumentProps {
  file: CharterFile;
  /** False when the file no longer matches its hash: every page then says so. */
  intact: boolean;
  /** Why it is not intact, from verifyCharterFile. */
  mismatch?: string;
  /** Whether the seal was checked and holds (a system without Ed25519 cannot say). */
  sealed?: boolean;
  /** The version signed before this one, for the "what changed" page of version 2 and later. */
  previous?: CharterFile | undefined;
  /** Noto Sans, then the fallback fonts this charter's text needs (fontsFor). */
  fontFamily?: string[];
}

/** Landscape A4 less the page's padding, the title and the legend. */
const LANDSCAPE = { width: 842 - 2 * 52, height: 595 - 48 - 64 - 60 };

/** A file's stray fields of a later revision mean nothing (docs/charter-format.md), so the PDF does not print them. */
const meaningful = meaningfulCharter;

export function CharterDocument({
  file,
  intact,
  mismatch,
  previous,
  sealed = intact,
  fontFamily = [FONT],
}: CharterDocumentProps) {
  const c = meaningful(file);
  const status = pdfStatus(file, intact);
  const page = [styles.page, { fontFamily }];
  // A count for each element made (renderCharterPdf makes one per PDF): its pages are numbered as drawn.
  const numbering = pageNumbering();
  // The glossary page comes even with no stages, so its heading is never missing.
  const packed = packPages(c.stages, (s) => stageHeight(c, s), 70);
  const stagePages = packed.length > 0 ? packed : [[]];
  const termPages = packPages(
    c.terms.filter((t) => t.stageId === null),
    termHeight,
    40,
  );
  const chrome = (learnsTotal = false) => (
    <>
      {intact ? null : <NotIntactBanner reason={mismatch ?? "The content hash does not match."} />}
      <Footer
        title={c.title.trim() || "Charter"}
        version={c.version}
        hash={file.signOff.contentHash}
        sealedBy={intact && sealed ? (file.seal?.keyFingerprint ?? null) : null}
        numbering={numbering}
        learnsTotal={learnsTotal}
      />
    </>
  );
  return (
    <Document
      title={c.title}
      author={c.organization}
      subject={`Sales & marketing alignment charter, version ${c.version}`}
      creator={file.generator}
      producer="Accord"
      language="en"
    >
      <Page size="A4" style={page}>
        {chrome(true)}
        <View style={styles.body}>
          <Cover file={file} status={status} />
        </View>
      </Page>
      <Page size="A4" style={page}>
        {chrome()}
        <View style={styles.body}>
          <Summary charter={c} />
        </View>
      </Page>
      {c.version > 1 ? (
        <Page size="A4" style={page} wrap>
          {chrome()}
          <View style={styles.body}>
            <Changes charter={c} previous={previous} />
          </View>
        </Page>
      ) : null}
      <Page size="A4" orientation="landscape" style={page}>
        {chrome()}
        <View>
          <Text style={[styles.pageTitle, { marginBottom: 12 }]}>The buyer journey</Text>
          <JourneyMap
            charter={c}
            layout={file.layout}
            width={LANDSCAPE.width}
            height={LANDSCAPE.height}
            fontFamily={fontFamily}
          />
        </View>
      </Page>
      {stagePages.map((stages, i) => (
        <Page key={stages[0]?.id ?? "glossary"} size="A4" style={page} wrap>
          {chrome()}
          <View style={styles.body}>
            {i === 0 ? <GlossaryIntro /> : null}
            <StageEntries charter={c} stages={stages} />
          </View>
        </Page>
      ))}
      {termPages.map((terms, i) => (
        <Page key={terms[0]?.id ?? "terms"} size="A4" style={page} wrap>
          {chrome()}
          <View style={styles.body}>
            <TermEntries terms={terms} first={i === 0} />
          </View>
        </Page>
      ))}
      <Page size="A4" style={page} wrap>
        {chrome()}
        <View style={styles.body}>
          <Handoffs charter={c} />
          <CrmRules charter={c} />
          <Kpis charter={c} />
          <FeedbackLoop charter={c} />
          <Decisions charter={c} />
          <OpenItems charter={c} />
        </View>
      </Page>
      <Page size="A4" style={page} wrap>
        {chrome()}
        <View style={styles.body}>
          <Signatures file={file} />
        </View>
      </Page>
      <Page size="A4" style={page} wrap>
        {chrome()}
        <View style={styles.body}>
          <TheirWords charter={c} />
        </View>
      </Page>
    </Document>
  );
}
