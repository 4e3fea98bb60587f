import { Button, makeStyles, Subtitle1, Switch, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { FilePickerButton } from "../taskpane/components/FilePickerButton";

const useStyles = makeStyles({
  bar: {
    display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS, paddingInline: tokens.spacingHorizontalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2,
  },
  file: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
});

export interface PreviewToolbarProps {
  fileName: string | null;
  dark: boolean;
  busy: boolean;
  onOpen: (file: File) => void;
  onDownload: () => void;
  onDarkChange: (dark: boolean) => void;
}

export function PreviewToolbar({ fileName, dark, busy, onOpen, onDownload, onDarkChange }: PreviewToolbarProps) {
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <Subtitle1 as="h1">QIPP preview</Subtitle1>
      <Text className={styles.file} data-testid="preview-file">{fileName ?? "No workbook"}</Text>
      <FilePickerButton
        label="Open workbook…"
        accept=".xlsx,.xlsm,.xls,.xlsb,.ods,.csv"
        icon={<FolderOpenRegular />}
        disabled={busy}
        testId="open-workbook-input"
        onFiles={(files) => onOpen(files[0])}
      />
      <Button icon={<ArrowDownloadRegular />} disabled={busy || !fileName} onClick={onDownload}>
        Download .xlsx
      </Button>
      <Switch label="Dark theme" checked={dark} onChange={(_, d) => onDarkChange(d.checked)} />
    </header>
  );
}
