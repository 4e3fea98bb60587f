import { startTransition, useCallback, useEffect, useMemo, useState } from "react";
import { FluentProvider, makeStyles, Spinner, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import { ErrorBar } from "../taskpane/components/ErrorBar";
import { readBuffer } from "../taskpane/components/FilePickerButton";
import { observeActions } from "./observe-actions";
import { PreviewToolbar } from "./PreviewToolbar";
import type { PreviewSession } from "./session";
import { snapshotWorkbook, type SheetSnapshot } from "./sheet-snapshot";
import { WorkbookView } from "./WorkbookView";

export const SAMPLE_URL = "samples/sha-workbook.xlsx";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: "flex", flexGrow: 1, minHeight: 0, gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalL },
  pane: {
    width: "350px", flexShrink: 0, overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  status: { padding: tokens.spacingHorizontalL },
});

const loadSession = () => import(/* webpackChunkName: "preview-session" */ "./session");

/** The task pane beside a drawing of the workbook it works on, with no Excel anywhere. */
export function PreviewApp() {
  const styles = useStyles();
  const [dark, setDark] = useState(false);
  const [session, setSession] = useState<PreviewSession | null>(null);
  const [sheets, setSheets] = useState<SheetSnapshot[]>([]);
  const [active, setActive] = useState("");
  const [selected, setSelected] = useState<{ sheet: string; cell: string } | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<{ message: string; nextStep: string } | null>(null);

  const open = useCallback(async (fileName: string, data: () => Promise<ArrayBuffer>) => {
    setLoading(true);
    setError(null);
    try {
      const { openSession } = await loadSession();
      const next = await openSession(fileName, await data());
      const snapshot = snapshotWorkbook(next.workbook);
      // Transitions: React draws the new workbook and pane in slices rather than in one long task.
      startTransition(() => {
        setSession(next);
        setSheets(snapshot);
        setActive(snapshot[0]?.name ?? "");
        setSelected(null);
      });
    } catch (e) {
      // The session's reasons are already one line naming the file and what to do.
      setError({ message: e instanceof Error ? e.message : String(e), nextStep: "Then choose it again with Open workbook…" });
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void open("sha-workbook.xlsx", async () => {
      const response = await fetch(SAMPLE_URL);
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${SAMPLE_URL}`);
      return response.arrayBuffer();
    });
  }, [open]);

  const actions = useMemo(() => session && observeActions(session.actions, {
    onSelect: (sheet, cell) => {
      setActive(sheet);
      setSelected({ sheet, cell });
    },
    onWorkbookChanged: () => {
      const snapshot = snapshotWorkbook(session.workbook);
      startTransition(() => setSheets(snapshot));
    },
  }), [session]);

  const download = async () => {
    if (!session) return;
    try {
      const { workbookBlob } = await loadSession();
      const url = URL.createObjectURL(await workbookBlob(session.workbook));
      const link = Object.assign(document.createElement("a"), { href: url, download: session.downloadName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError({ message: `The workbook could not be saved: ${e instanceof Error ? e.message : String(e)}.`, nextStep: "Try Download .xlsx again." });
    }
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <PreviewToolbar
          fileName={session?.fileName ?? null}
          dark={dark}
          busy={loading}
          onOpen={(file) => void open(file.name, () => readBuffer(file))}
          onDownload={() => void download()}
          onDarkChange={setDark}
        />
        {error && <div className={styles.status}><ErrorBar title="Preview problem" message={error.message} nextStep={error.nextStep} onDismiss={() => setError(null)} /></div>}
        {loading && <Spinner className={styles.status} label="Opening the workbook…" />}
        {session && actions && (
          <div className={styles.body}>
            <aside className={styles.pane} aria-label="QIPP task pane" data-testid="task-pane">
              <App key={session.id} actions={actions} theme={dark ? "dark" : "light"} />
            </aside>
            <WorkbookView sheets={sheets} active={active} selected={selected} onActivate={setActive} />
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
