import { Field, ProgressBar, Spinner } from "@fluentui/react-components";

export interface TaskProgressProps {
  label: string;
  progress: { step: string; fraction: number } | null;
}

/** A bar once the service reports progress, a spinner until then. */
export function TaskProgress({ label, progress }: TaskProgressProps) {
  if (!progress) return <Spinner size="small" label={label} />;
  return (
    <Field validationMessage={progress.step} validationState="none" label={label}>
      <ProgressBar value={Math.max(0, Math.min(1, progress.fraction))} max={1} aria-label={label} />
    </Field>
  );
}
