import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

export interface ErrorBarProps {
  title: string;
  message: string;
  nextStep: string;
  onDismiss?: () => void;
}

/** Every failure ends here: what went wrong and what to do next. */
export function ErrorBar({ title, message, nextStep, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {sentence(message)} {nextStep}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={<Button appearance="transparent" aria-label="Dismiss error" icon={<DismissRegular />} onClick={onDismiss} />}
        />
      )}
    </MessageBar>
  );
}

/** Messages from the host may lack a full stop; the next step must read as its own sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
