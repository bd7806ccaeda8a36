// The service desk and citizen complaint pages, loaded together the first time one of them is opened (routes.ts).
export {};
