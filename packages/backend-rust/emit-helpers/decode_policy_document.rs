/// IAM returns policy documents URL-encoded; boto3 hands them to tests decoded and parsed.
fn decode_policy_document(document: &str) -> serde_json::Value {
    let raw = document.as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (raw[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                bytes.push(byte);
                i += 3;
            }
            (byte, _) => {
                bytes.push(byte);
                i += 1;
            }
        }
    }
    serde_json::from_slice(&bytes).expect("a policy document is JSON")
}
