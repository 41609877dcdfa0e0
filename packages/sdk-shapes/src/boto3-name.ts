/**
 * botocore `xform_name` (botocore/__init__.py): how boto3 names a client method after an
 * operation (`ListMFADevices` → `list_mfa_devices`, `DescribeDBInstances` → `describe_db_instances`).
 */

/** Names botocore special-cases in its pre-populated `_xform_cache` (separator `_`). */
const XFORM_CACHE: ReadonlyMap<string, string> = new Map([
  ["CreateCachediSCSIVolume", "create_cached_iscsi_volume"],
  ["DescribeCachediSCSIVolumes", "describe_cached_iscsi_volumes"],
  ["DescribeStorediSCSIVolumes", "describe_stored_iscsi_volumes"],
  ["CreateStorediSCSIVolume", "create_stored_iscsi_volume"],
  ["ListHITsForQualificationType", "list_hits_for_qualification_type"],
  ["ExecutePartiQLStatement", "execute_partiql_statement"],
  ["ExecutePartiQLTransaction", "execute_partiql_transaction"],
  ["ExecutePartiQLBatch", "execute_partiql_batch"],
  ["AssociateWhatsAppBusinessAccount", "associate_whatsapp_business_account"],
  ["DeleteWhatsAppMessageMedia", "delete_whatsapp_media_message"],
  ["DisassociateWhatsAppBusinessAccount", "disassociate_whatsapp_business_account"],
  ["GetLinkedWhatsAppBusinessAccount", "get_linked_whatsapp_business_account"],
  ["GetLinkedWhatsAppBusinessAccountPhoneNumber", "get_linked_whatsapp_business_account_phone_number"],
  ["GetWhatsAppMessageMedia", "get_whatsapp_message_media"],
  ["ListLinkedWhatsAppBusinessAccounts", "list_linked_whatsapp_business_accounts"],
  ["PostWhatsAppMessageMedia", "post_whatsapp_message_media"],
  ["PutWhatsAppBusinessAccountEventDestinations", "put_whatsapp_business_account_event_destinations"],
  ["SendWhatsAppMessage", "send_whatsapp_message"],
]);

/** Older botocore releases' `_partial_renames`, applied after the regexes. */
const PARTIAL_RENAMES: readonly (readonly [string, string])[] = [
  ["ipv-6", "ipv6"],
  ["ipv_6", "ipv6"],
  ["s_3_resources", "s3_resources"],
];

const SPECIAL_CASE = /[A-Z]{2,}s$/;
const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;

/** Results of `xformName` (pure; called with the same operation names over and over), bounded. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** botocore `xform_name(name)` with the `_` separator. Never throws. */
export function xformName(name: string): string {
  if (name.includes("_")) return name;
  const cached = XFORM_CACHE.get(name) ?? memo.get(name);
  if (cached !== undefined) return cached;
  const transformed = computeXformName(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, transformed);
  return transformed;
}

function computeXformName(name: string): string {
  let n = name;
  const special = SPECIAL_CASE.exec(n);
  if (special) {
    const matched = special[0];
    n = `${n.slice(0, n.length - matched.length)}_${matched.toLowerCase()}`;
  }
  const s1 = n.replace(FIRST_CAP, "$1_$2");
  let transformed = s1.replace(END_CAP, "$1_$2").toLowerCase();
  for (const [from, to] of PARTIAL_RENAMES) {
    if (transformed.includes(from)) transformed = transformed.split(from).join(to);
  }
  return transformed;
}
