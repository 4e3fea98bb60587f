import { useRef, type ReactElement } from "react";
import { Button } from "@fluentui/react-components";

export interface PickedFile {
  name: string;
  file: File;
}

export interface FilePickerButtonProps {
  label: string;
  accept: string;
  multiple?: boolean;
  icon?: ReactElement;
  disabled?: boolean;
  testId: string;
  onFiles: (files: File[]) => void;
}

/** A Fluent button in front of a hidden file input, so the picker is keyboard reachable and labelled. */
export function FilePickerButton({ label, accept, multiple, icon, disabled, testId, onFiles }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Clear so choosing the same file again fires change again.
          e.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

/** Blob.arrayBuffer where the browser has it, FileReader otherwise (older engines, jsdom). */
export function readBuffer(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${(file as File).name ?? "the file"}`));
    reader.readAsArrayBuffer(file);
  });
}

export function readText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${(file as File).name ?? "the file"}`));
    reader.readAsText(file);
  });
}

/** Every spreadsheet format the file reader takes (src/host/files), for each picker of plan files. */
export const PLAN_FILE_TYPES = ".xlsx,.xlsm,.xls,.xlsb,.ods,.csv";
