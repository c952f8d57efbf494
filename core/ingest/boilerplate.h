#pragma once
// Lines of scraped web pages that are page furniture, not text: navigation anchors, image
// credits, social links, share buttons, "Read more", reading times, lone bullets.
#include <string>
#include <string_view>

namespace liaison {

/// True when `line` (one line of text, or the whole text of an HTML block) is page furniture:
/// - "top of page", "bottom of page", "skip to content", "back to top" (and ru/az/hy forms);
/// - image credits: "Image by …", "Photo by …", "Photo: …", "Credit: …" (at most 12 words,
///   not ending like a sentence);
/// - social network names alone or as "Share on …"/"Follow us on …" (Facebook, Twitter, X,
///   YouTube, LinkedIn, Instagram, Telegram, WhatsApp, VK, …), "Share", "Tweet", "Print",
///   "Email", "Read more", "Continue reading", "Подробнее", "Ətraflı", "Կարդալ ավելին", …;
/// - reading times and counters: "2 min read", "12 views", "0 comments", "Post not marked as liked";
/// - copyright lines ("© 2022 Restart Initiative", "All rights reserved");
/// - lines made only of bullets, dashes and other punctuation.
/// A leading bullet ("• Facebook") is ignored. Case-insensitive.
bool is_boilerplate_line(std::string_view line);

/// `line` trimmed, without a leading bullet glyph (•, ·, ▪, ◦, ‣, ●) and the spaces after it.
/// ASCII '-' and '*' are kept: in Markdown they are the writer's own list marks.
std::string_view strip_bullet(std::string_view line);

}  // namespace liaison
