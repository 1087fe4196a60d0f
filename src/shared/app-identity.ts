// Attune's identity as the operating system sees it. electron-builder.yml repeats APP_ID as its
// `appId` (tests/packaging/build-config.test.ts keeps the two equal). On Windows a toast is
// attributed to the Start-menu shortcut carrying this AppUserModelID, so main's
// app.setAppUserModelId() and node-notifier's `appID` (SnoreToast) must use exactly this string.
export const APP_ID = 'org.attune.Attune';
export const PRODUCT_NAME = 'Attune';
/** The Linux executable and .desktop file name (package.json "desktopName" is `${EXECUTABLE}.desktop`). */
export const EXECUTABLE_NAME = 'attune';
