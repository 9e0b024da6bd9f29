import * as core from "@actions/core";
import { redact, registerSecret } from "@mlship/core/util/secrets";

/**
 * Alerts beyond GitHub: a Slack-compatible incoming webhook (`POST {"text": …}`; Slack, Mattermost,
 * Rocket.Chat, Teams' and Discord's Slack-compatible endpoints take it) whose URL is a secret,
 * MLSHIP_ALERT_WEBHOOK. The URL is a credential (whoever has it can post): it is masked, redacted,
 * withheld from children, and never printed; only https is used, except to a loopback address.
 * An alert that cannot be delivered is a warning, never a failed check.
 */

/** Slack's mrkdwn treats &, < and > as control characters: untrusted text gets them escaped. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Slack shows up to 40,000 characters of `text`; an alert is a line or two and a link. */
const MAX_TEXT = 3000;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Posts `text` (already in Slack's mrkdwn, untrusted parts escaped with slackEscape) to the
 * webhook in `url` (default MLSHIP_ALERT_WEBHOOK). "skipped" when no webhook is configured,
 * "failed" (with a warning naming the HTTP status or the network error, not the URL) when it
 * could not be delivered.
 */
export async function sendAlert(
  text: string,
  url: string | undefined = process.env.MLSHIP_ALERT_WEBHOOK,
): Promise<"sent" | "skipped" | "failed"> {
  const hook = url?.trim();
  if (!hook) return "skipped";
  core.setSecret(hook);
  registerSecret(hook);
  let target: URL;
  try {
    target = new URL(hook);
  } catch {
    core.warning("MLSHIP_ALERT_WEBHOOK is not a URL: no alert sent");
    return "failed";
  }
  if (target.protocol !== "https:" && !(target.protocol === "http:" && LOOPBACK.has(target.hostname))) {
    core.warning(`MLSHIP_ALERT_WEBHOOK must be an https URL (it is ${target.protocol}): no alert sent`);
    return "failed";
  }
  const body = JSON.stringify({ text: redact(text).slice(0, MAX_TEXT) });
  try {
    const res = await fetch(target, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      redirect: "error",
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (res.ok) return "sent";
    core.warning(`the alert webhook answered HTTP ${res.status}: no alert delivered`);
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
    core.warning(`the alert webhook could not be reached (${redact(String(cause))}): no alert delivered`);
  }
  return "failed";
}
