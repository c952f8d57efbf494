#include "core/ingest/boilerplate.h"
#include "core/text/strings.h"

#include <array>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace liaison {
namespace {

constexpr std::size_t kMaxCreditWords = 12;

/// Whole lines that are furniture (lower case, trailing punctuation removed before comparing).
constexpr auto kFurniture = std::to_array<std::string_view>({
    "top of page", "bottom of page", "skip to content", "skip to main content", "back to top",
    "share", "share this", "share this post", "share this article", "share this page", "tweet",
    "print", "email", "e-mail", "read more", "read more…", "continue reading", "learn more",
    "see more", "see all", "view all", "recent posts", "related posts", "comments",
    "leave a comment", "post not marked as liked", "like", "subscribe", "follow us",
    "all rights reserved", "menu", "search", "log in", "sign up", "previous post", "next post",
    "наверх", "поделиться", "подробнее", "читать далее", "читать полностью", "печать",
    "все права защищены", "paylaş", "ətraflı", "daha ətraflı", "davamını oxu", "çap et",
    "bütün hüquqlar qorunur", "կիսվել", "ավելին", "կարդալ ավելին", "տպել",
    "բոլոր իրավունքները պաշտպանված են", "facebook", "twitter", "x", "youtube", "linkedin",
    "instagram", "telegram", "whatsapp",
});

constexpr auto kSocialNetworks = std::to_array<std::string_view>({
    "facebook", "twitter", "x", "youtube", "linkedin", "instagram", "telegram", "whatsapp",
    "vk", "vkontakte", "tiktok", "pinterest", "reddit", "rss",
});

/// Openings of a line that make it furniture when followed by a social network name.
constexpr auto kSocialOpenings = std::to_array<std::string_view>({
    "share on ", "follow us on ", "find us on ", "поделиться в ", "bizi izləyin: ", "հետևեք մեզ ",
});

constexpr auto kCreditOpenings = std::to_array<std::string_view>({
    "image by ", "photo by ", "photo: ", "image: ", "credit: ", "photo credit", "фото: ", "şəkil: ",
});

/// Counters and reading times: "<number> <word>" with one of these words.
constexpr auto kCounterWords = std::to_array<std::string_view>({
    "min read", "minute read", "views", "view", "comments", "comment", "likes", "мин",
});

constexpr auto kBullets = std::to_array<std::string_view>({
    "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x97\xA6", "\xE2\x80\xA3", "\xE2\x97\x8F", "\xE2\x81\x83",
});

/// No letter or digit at all: bullets, dashes, pipes, dots.
bool has_no_words(std::string_view text) {
  for (std::size_t byte = 0; byte < text.size();) {
    UChar32 c;
    U8_NEXT(text.data(), byte, text.size(), c);
    if (c >= 0 && u_isalnum(c)) return false;
  }
  return true;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

template <std::size_t N>
bool is_one_of(std::string_view text, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list)
    if (text == item) return true;
  return false;
}

template <std::size_t N>
bool starts_with_one_of(std::string_view text, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list)
    if (text.starts_with(item)) return true;
  return false;
}

/// Trailing ':', '.', '»', '›', '→' and "…" that decorate "Read more" links.
std::string_view strip_decoration(std::string_view text) {
  for (bool stripped = true; stripped && !text.empty();) {
    stripped = false;
    for (std::string_view tail : {":", ".", ">", "\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x80\xA6"}) {
      if (text.ends_with(tail)) {
        text = trim(text.substr(0, text.size() - tail.size()));
        stripped = true;
      }
    }
  }
  return text;
}

bool is_social_link(std::string_view text) {
  if (is_one_of(text, kSocialNetworks)) return true;
  for (std::string_view opening : kSocialOpenings)
    if (text.starts_with(opening) && is_one_of(trim(text.substr(opening.size())), kSocialNetworks)) return true;
  return false;
}

bool is_counter(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0) return false;
  const std::string_view rest = trim(text.substr(digits));
  return is_one_of(rest, kCounterWords);
}

bool is_copyright(std::string_view text) {
  return (text.starts_with("\xC2\xA9") || text.starts_with("copyright") || text.starts_with("(c) ")) &&
         word_count(text) <= kMaxCreditWords;
}

}  // namespace

std::string_view strip_bullet(std::string_view line) {
  line = trim(line);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view bullet : kBullets) {
      if (line.starts_with(bullet)) {
        line = trim(line.substr(bullet.size()));
        stripped = true;
      }
    }
  }
  return line;
}

bool is_boilerplate_line(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  if (has_no_words(line)) return true;
  const std::string lowered = lower(strip_bullet(line));
  const std::string_view text = strip_decoration(lowered);
  if (is_one_of(text, kFurniture) || is_social_link(text) || is_counter(text) || is_copyright(text)) return true;
  // A credit names someone; a sentence that happens to open with "Image by" ends like one.
  const std::string_view whole = trim(lowered);
  const bool sentence = whole.ends_with('.') || whole.ends_with('!') || whole.ends_with('?');
  return starts_with_one_of(text, kCreditOpenings) && word_count(text) <= kMaxCreditWords && !sentence;
}

}  // namespace liaison
