import fc from "fast-check";
import { wireBytes } from "../../src/host/office/write-model";

// The request budget counts a payload's UTF-8 JSON bytes without encoding it; it must count what TextEncoder would send.
const encoded = (payload: unknown) => new TextEncoder().encode(JSON.stringify(payload)).length;

test("counts the UTF-8 bytes of the JSON, for any text, numbers and rows", () => {
  let checked = 0;
  fc.assert(
    fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.double(), fc.boolean(), fc.constant("£ 1,234 – Ünïcødé 😀")))), (rows) => {
      expect(wireBytes(rows)).toBe(encoded(rows));
      checked++;
    }),
  );
  expect(checked).toBeGreaterThan(0);
  expect(wireBytes("£")).toBe(4); // quotes, and two bytes for the pound sign
  expect(wireBytes("😀")).toBe(6);
});
