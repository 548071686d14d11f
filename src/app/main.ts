/** Entry point of the app (index.html). */
import { startApp } from "./app.ts";

startApp();
