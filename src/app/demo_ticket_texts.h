#pragma once
// The words of the demo region's service desk tickets: what people of Kota Madiun report
// to the service desk of the kinds of Perwali Madiun 39/2021 Pasal 39 ayat (3) (keluhan,
// gangguan, masalah, permintaan, perubahan), the places they report from, and the
// questions, escalation reasons, replies and resolutions of the staff. Data only.
#include <string_view>
#include <vector>

namespace simpul::demo_ticket_texts {

// A ticket's title and description; "{x}" stands for the service or application concerned
// (or, without one, a general word such as "aplikasi kantor"), "{p}" for a place.
struct Subject {
  std::string_view title;
  std::string_view description;
};

const std::vector<Subject>& subjects(std::string_view kind);  // kind: complaint, incident, problem, request, change
const std::vector<std::string_view>& places();                 // where in Kota Madiun
const std::vector<std::string_view>& questions();              // wait_for_reporter: what the handler asks
const std::vector<std::string_view>& reporter_replies();       // the reporter's answer
const std::vector<std::string_view>& escalation_reasons();
const std::vector<std::string_view>& hand_back_reasons();
const std::vector<std::string_view>& resolutions();
const std::vector<std::string_view>& reopen_reasons();
const std::vector<std::string_view>& internal_notes();

}  // namespace simpul::demo_ticket_texts
