#pragma once
#include "app/context.h"
#include "http/router.h"

namespace simpul::modules::competencies {

// /api/v1/competencies…: the region's catalogue and requirements, staff competencies,
// certificates and trainings, the gaps and the training plans
// (docs/management-processes-contract.md, "Competency management").
void add_routes(http::Router& router, AppContext& ctx);

}  // namespace simpul::modules::competencies
