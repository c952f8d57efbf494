#include "core/analysis/analysis_memo.h"

namespace liaison {
namespace {

struct ThreadMemo {
  AnalysisMemo memo;
  int scopes = 0;
};

ThreadMemo& thread_memo() {
  thread_local ThreadMemo state;
  return state;
}

}  // namespace

AnalysisMemo::Scope::Scope() { ++thread_memo().scopes; }

AnalysisMemo::Scope::~Scope() {
  ThreadMemo& state = thread_memo();
  if (--state.scopes == 0) state.memo = AnalysisMemo();  // frees what it held
}

AnalysisMemo* AnalysisMemo::active() {
  ThreadMemo& state = thread_memo();
  return state.scopes > 0 ? &state.memo : nullptr;
}

void AnalysisMemo::set_key(std::string_view text, Language language, bool stems) {
  key_.assign(text);
  key_.push_back(static_cast<char>(static_cast<int>(language) * 2 + (stems ? 1 : 0)));
}

const std::vector<Token>* AnalysisMemo::find(std::string_view text, Language language, bool stems) {
  set_key(text, language, stems);
  const auto found = entries_.find(key_);
  return found == entries_.end() ? nullptr : &found->second;
}

void AnalysisMemo::remember(std::string_view text, Language language, bool stems, const std::vector<Token>& tokens) {
  if (tokens.size() > kMaxTokens) return;
  if (tokens_ + tokens.size() > kMaxTokens) {
    entries_.clear();
    tokens_ = 0;
  }
  set_key(text, language, stems);
  if (entries_.try_emplace(key_, tokens).second) tokens_ += tokens.size();
}

}  // namespace liaison
