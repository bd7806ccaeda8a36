#include "modules/compliance/model.h"

namespace simpul::modules::compliance {

namespace {
struct StatusWords {
  Status status;
  std::string_view name;
  Text label;
};
const StatusWords kStatuses[] = {
    {Status::overdue, "overdue", {"Terlambat", "Overdue"}},
    {Status::not_met, "not_met", {"Belum dipenuhi", "Not met"}},
    {Status::due_soon, "due_soon", {"Segera jatuh tempo", "Due soon"}},
    {Status::met, "met", {"Dipenuhi", "Met"}},
    {Status::not_applicable, "not_applicable", {"Tidak berlaku", "Not applicable"}},
};
}  // namespace

std::string_view status_name(Status s) {
  for (const auto& w : kStatuses)
    if (w.status == s) return w.name;
  return "not_met";
}

std::optional<Status> parse_status(std::string_view s) {
  for (const auto& w : kStatuses)
    if (w.name == s) return w.status;
  return std::nullopt;
}

const Text& status_label(Status s) {
  for (const auto& w : kStatuses)
    if (w.status == s) return w.label;
  return kStatuses[1].label;
}

void Tally::add(Status s) {
  switch (s) {
    case Status::overdue: ++overdue; break;
    case Status::not_met: ++not_met; break;
    case Status::due_soon: ++due_soon; break;
    case Status::met: ++met; break;
    case Status::not_applicable: ++not_applicable; break;
  }
}

std::optional<double> Tally::share_met() const {
  if (applicable() == 0) return std::nullopt;
  return double(met + due_soon) / applicable();
}

}  // namespace simpul::modules::compliance
