import type { Result } from "../../src/app/actions";
import { runCommand, type Notice } from "../../src/commands/run-command";

function fakeEvent() {
  return { completed: jest.fn() };
}

const describeValue = (value: number): Notice => ({ kind: "success", title: "Done", text: `${value} plans` });

describe("runCommand", () => {
  it("notifies the outcome and completes on success", async () => {
    const event = fakeEvent();
    const notify = jest.fn(async (_notice: Notice) => {
      expect(event.completed).not.toHaveBeenCalled(); // the notice is shown before the command completes
    });
    const notice = await runCommand(event, async (): Promise<Result<number>> => ({ ok: true, value: 3 }), describeValue, notify);
    expect(notice).toEqual({ kind: "success", title: "Done", text: "3 plans" });
    expect(notify).toHaveBeenCalledWith(notice);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports an expected failure's message and completes", async () => {
    const event = fakeEvent();
    const notify = jest.fn(async () => undefined);
    const notice = await runCommand(event, async (): Promise<Result<number>> => ({ ok: false, message: "Could not read: sheet locked" }), describeValue, notify);
    expect(notice).toEqual({ kind: "error", title: "QIPP could not finish", text: "Could not read: sheet locked" });
    expect(notify).toHaveBeenCalledWith(notice);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("turns a thrown error into an error notice and completes", async () => {
    const event = fakeEvent();
    const notify = jest.fn(async () => undefined);
    const notice = await runCommand(event, () => Promise.reject(new Error("RichApi.Error: busy")), describeValue, notify);
    expect(notice.kind).toBe("error");
    expect(notice.text).toContain("RichApi.Error: busy");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes even when describing the outcome and notifying both throw", async () => {
    const event = fakeEvent();
    const notice = await runCommand(
      event,
      async (): Promise<Result<number>> => ({ ok: true, value: 1 }),
      () => {
        throw new Error("bad outcome");
      },
      () => Promise.reject(new Error("dialog blocked")),
    );
    expect(notice.text).toContain("bad outcome");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
