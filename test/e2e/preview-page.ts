import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type LaunchedBrowser } from "./chromium";
import { startDevServer, type DevServer } from "./dev-server";

export const RESULTS = join(__dirname, "..", "..", "test-results");

export interface PreviewPage {
  page: Page;
  /** Uncaught errors on the page so far: every test expects none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** `npm start` as CI runs it, and one Chromium page on the preview. */
export async function openPreviewPage(port: number): Promise<PreviewPage> {
  mkdirSync(RESULTS, { recursive: true });
  let browser: LaunchedBrowser | undefined;
  let server: DevServer | undefined;
  const close = async () => {
    await browser?.close();
    await server?.stop();
  };
  try {
    browser = await launchChromium();
    server = await startDevServer(port);
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(server.previewUrl);
    return { page, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
