import { useEffect, useRef, useState } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { QippActions } from "../../app/actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // A native select is as wide as its longest organisation unless told to fit the pane.
  select: { width: "100%", minWidth: 0 },
  field: { minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface NewPlanSheetProps {
  actions: Pick<QippActions, "templateOrganisations" | "addPlanSheet">;
  disabled: boolean;
  onAdded: () => void;
}

type Outcome = { ok: true; sheet: string; notes: string[] } | { ok: false; message: string };

/** "New plan sheet…": a sheet laid out from the pack, for one organisation, added beside the user's own. */
export function NewPlanSheet({ actions, disabled, onAdded }: NewPlanSheetProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [organisations, setOrganisations] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState("");
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const select = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    if (!open || !actions.templateOrganisations) return;
    let live = true;
    void actions.templateOrganisations().then((r) => {
      if (!live) return;
      if (r.ok) {
        setOrganisations(r.value);
        setChosen((c) => c || r.value[0] || "");
      } else setOutcome(r);
    });
    return () => { live = false; };
  }, [open, actions]);
  useEffect(() => { if (open && organisations) select.current?.focus(); }, [open, organisations]);

  const add = async () => {
    if (!actions.addPlanSheet || !chosen) return;
    setWorking(true);
    const r = await actions.addPlanSheet(chosen);
    setWorking(false);
    setOutcome(r.ok ? { ok: true, ...r.value } : r);
    if (r.ok) {
      setOpen(false);
      onAdded();
    }
  };

  return (
    <section className={styles.root} aria-label="New plan sheet">
      {!open && (
        <div>
          <Button icon={<TableAddRegular />} disabled={disabled} aria-expanded={false} onClick={() => { setOutcome(null); setOpen(true); }}>
            New plan sheet…
          </Button>
        </div>
      )}
      {open && (
        <>
          <Field className={styles.field} label="Organisation for the new plan sheet" hint="Drop-downs and the SHA come from the rule pack in force.">
            <Select ref={select} className={styles.select} select={{ className: styles.select }} value={chosen} disabled={!organisations || working} onChange={(_, d) => setChosen(d.value)} data-testid="template-organisation">
              {(organisations ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
            </Select>
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled || working || !chosen} onClick={() => void add()}>Add sheet</Button>
            <Button disabled={working} onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </>
      )}
      {outcome?.ok && (
        <MessageBar intent="success" data-testid="template-added"><MessageBarBody>Added the sheet “{outcome.sheet}”.</MessageBarBody></MessageBar>
      )}
      {outcome?.ok && outcome.notes.map((n) => (
        <MessageBar key={n} intent="warning" data-testid="template-note"><MessageBarBody>{n}</MessageBarBody></MessageBar>
      ))}
      {outcome && !outcome.ok && (
        <MessageBar intent="error" data-testid="template-error"><MessageBarBody>{outcome.message}</MessageBarBody></MessageBar>
      )}
    </section>
  );
}
