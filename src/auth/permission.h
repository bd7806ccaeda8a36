#pragma once
// What a route needs. Every route names one (Router::add requires it), and the
// policy decides for each role; see policy.cpp for the table.
namespace simpul::auth {

enum class Permission {
  public_access,   // anyone, signed in or not
  own_account,     // any signed-in user, their own account; open even before a forced password change
  reference_data,  // shared reference data (agencies): any signed-in user
  tokens_manage,   // own API tokens: every role but citizen
  users_manage,    // users of the region: superadmin
  audit_read,      // the audit log: superadmin, auditor
  organisation_read,       // agencies in detail, people, positions, bodies, assessments: every role but citizen
  organisation_manage,     // region, agencies, bodies, coordinators, GCIO: superadmin
  staff_manage,            // people and positions: superadmin; agency operator for their own agency
  self_sufficiency_assess, // PD Mandiri TIK assessment and proposal (the ICT office): superadmin
  self_sufficiency_decide, // PD Mandiri TIK decision: leadership; the route checks for the committee chair
  governance_read,         // plans, architecture, roadmap, budget plans, business processes: every role but citizen
  governance_manage,       // master plan, architecture, roadmap (the ICT office): superadmin
  budget_edit,             // budget plans: superadmin; agency operator for their own agency (the planning office also coordinates)
  business_process_edit,   // business processes: superadmin; agency operator for their own agency
  registry_read,           // applications, datasets, infrastructure, services, links, files: every role but citizen
  registry_edit,           // element registries: superadmin; agency operator for their own agency
  file_upload,             // store a file by its hash: every role but citizen; the route that links it to a record decides who may
  infrastructure_manage,   // data centers, WAN, IP allocation, region domains (the ICT office): superadmin
  gcio_approve,            // GCIO approval of a production move: superadmin, leadership; the route checks the GCIO holder
  service_desk_read,       // tickets, queues, reports: every role but citizen; operators see their own agency's tickets
  service_desk_work,       // open, handle, comment, escalate tickets: superadmin (Tier 2); agency operator (Tier 1, own agency)
  service_desk_manage,     // business hours, holidays, SLA targets, notification outbox (the ICT office): superadmin
  risk_read,               // risk contexts, registers, treatments, monitoring reports, heat maps: every role but citizen
  risk_edit,               // a risk-owner unit's context, register, treatments, reports: superadmin; agency operator for their own agency
  risk_manage,             // the region's risk criteria (scales, matrix, levels, categories, appetite): superadmin
  security_read,           // security programme, policies, acknowledgements, incidents: every role but citizen; operators see their own agency's incidents
  security_report,         // report an incident, give its notices, acknowledge a policy: superadmin; agency operator for their own agency
  security_manage,         // security scope, person in charge, policies, incident handling by the CSIRT (the ICT office): superadmin
  ict_audit_read,          // audit objects, programme, audits, findings, due and overdue lists: every role but citizen
  ict_audit_manage,        // audit objects, programme, schedule, pre-evaluation, report to the region head (the ICT office): superadmin
  ict_audit_record,        // audit results and findings, closing a finding: superadmin, auditor
  ict_audit_follow_up,     // follow-up evidence for a finding: superadmin; agency operator for findings their agency owns
  asset_read,              // ICT assets, expiries, inventory reports: every role but citizen
  asset_edit,              // an agency's ICT assets and their import: superadmin; agency operator for their own agency
  asset_manage,            // compatibility standards, inventory report to the regional asset office (the ICT office): superadmin
  change_read,             // requests for change, the change calendar: every role but citizen
  change_request,          // raise and carry a request for change: superadmin; agency operator for their own agency
  change_approve,          // approve or refuse a change: superadmin, leadership; the route checks the approver the profile names
  knowledge_read,          // knowledge articles, search, suggestions, rating: every role but citizen
  knowledge_edit,          // write and review knowledge articles: superadmin; agency operator for their own agency
  competency_read,         // competencies, staff records, certificates, gaps, training plans: every role but citizen
  competency_edit,         // an agency's staff competencies, certificates, training plans: superadmin; agency operator for their own agency
  competency_manage,       // the region's competency catalogue and requirements (the ICT office): superadmin
  compliance_read,         // compliance with the region's regulation, its calendar and reports: every role but citizen
  compliance_attest,       // record or withdraw a statement of compliance: superadmin; agency operator for their own agency's duties
  compliance_manage,       // the region's own duties' statements, compliance snapshots (the ICT office): superadmin
  dashboard_read,          // the leadership dashboard: superadmin, leadership, auditor
  evaluation_read,         // evaluation frameworks, campaigns, levels, index, results, reports: every role but citizen
  evaluation_assess,       // the self-assessment (levels, verification, sign-off, questions): every role but citizen; the route checks the campaign's assessor team
  evaluation_evidence,     // evidence and answers to questions: every role but citizen; the route allows assessors, and operators for their own agency
  evaluation_manage,       // campaigns, the assessor team, framework import, external results (the ICT office): superadmin
};

const char* permission_name(Permission p);

}  // namespace simpul::auth
