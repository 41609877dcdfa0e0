// moto2rust API facade: signatures only, for type-checking with `cargo check`.
// Hand-written (facade-runtime/ of @moto2rust/backend-rust); every body is a placeholder that is never run.
//! Facade of tokio-macros (built-in proc_macro only).
#![allow(warnings)]
extern crate proc_macro;
use proc_macro::{Delimiter, Group, Span, TokenStream, TokenTree};

#[proc_macro_attribute]
pub fn test(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(item, true)
}

#[proc_macro_attribute]
pub fn main(args: TokenStream, item: TokenStream) -> TokenStream {
    expand(item, false)
}

fn parse(src: &str) -> TokenStream {
    src.parse()
        .expect("moto2rust tokio facade: internal token error")
}

fn error(msg: &str, span: Span) -> TokenStream {
    let mut out = TokenStream::new();
    let s = format!("::core::compile_error!({:?});", msg);
    for mut t in parse(&s) {
        t.set_span(span);
        out.extend(std::iter::once(t));
    }
    out
}

fn expand(item: TokenStream, is_test: bool) -> TokenStream {
    let tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    let body_idx = match tokens
        .iter()
        .rposition(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace))
    {
        Some(i) => i,
        None => return error("expected an async fn item", Span::call_site()),
    };
    let body = tokens[body_idx].clone();
    let mut sig: Vec<TokenTree> = Vec::new();
    let mut ret: Vec<TokenTree> = Vec::new();
    let mut seen_fn = false;
    let mut seen_params = false;
    let mut found_async = false;
    let mut state = 0u8; // 0: before the arrow, 1: saw '-', 2: in return type, 3: in where clause
    for t in &tokens[..body_idx] {
        match t {
            TokenTree::Ident(id) if !seen_fn && id.to_string() == "async" => {
                found_async = true;
                continue;
            }
            TokenTree::Ident(id) if !seen_fn && id.to_string() == "fn" => seen_fn = true,
            TokenTree::Group(g)
                if seen_fn && !seen_params && g.delimiter() == Delimiter::Parenthesis =>
            {
                seen_params = true;
                sig.push(t.clone());
                continue;
            }
            _ => {}
        }
        if seen_params {
            match (state, t) {
                (0, TokenTree::Punct(p)) if p.as_char() == '-' => state = 1,
                (1, TokenTree::Punct(p)) if p.as_char() == '>' => state = 2,
                (2, TokenTree::Ident(id)) if id.to_string() == "where" => state = 3,
                (2, _) => ret.push(t.clone()),
                _ => {}
            }
        }
        sig.push(t.clone());
    }
    if !found_async {
        let span = tokens.iter().find_map(|t| match t {
            TokenTree::Ident(id) if id.to_string() == "fn" => Some(id.span()),
            _ => None,
        });
        return error(
            "the async keyword is missing from the function declaration",
            span.unwrap_or_else(Span::call_site),
        );
    }
    let mut out = TokenStream::new();
    if is_test {
        out.extend(parse("#[::core::prelude::v1::test]"));
    }
    out.extend(sig);
    let mut inner = TokenStream::new();
    inner.extend(parse("let __moto2rust_body = async"));
    inner.extend(std::iter::once(body));
    inner.extend(parse(
        "; let __moto2rust_body: ::core::pin::Pin<&mut dyn ::core::future::Future<Output =",
    ));
    if ret.is_empty() {
        inner.extend(parse("()"));
    } else {
        inner.extend(ret);
    }
    inner.extend(parse(
        "> > = ::core::pin::pin!(__moto2rust_body); ::tokio::runtime::__block_on(__moto2rust_body)",
    ));
    out.extend(std::iter::once(TokenTree::Group(Group::new(
        Delimiter::Brace,
        inner,
    ))));
    out
}
