#pragma once
// Reading request bodies of ICT competency management onto records: each function applies
// the fields present in the body to `into` (all required ones when `creating`) and collects
// every problem as a field error in `r`; rules needing the database are the routes' part.
#include <vector>

#include "core/body_reader.h"
#include "modules/competencies/model.h"

namespace simpul::modules::competencies {

void read_competency(BodyReader& r, bool creating, Competency& into);
void read_requirement(BodyReader& r, Requirement& into);
void read_held(BodyReader& r, bool creating, HeldCompetency& into);
void read_certificate(BodyReader& r, bool creating, Certificate& into);
void read_training(BodyReader& r, bool creating, Training& into);
void read_plan(BodyReader& r, bool creating, Plan& into);
void read_item(BodyReader& r, bool creating, PlanItem& into);

}  // namespace simpul::modules::competencies
