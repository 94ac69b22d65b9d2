//! Every plugin crate in the CLI's list is linked and registers what it should.

#[test]
fn registered_plugin_names() {
    let registry = strata::registry().expect("no plugin name is registered twice");
    let names: Vec<&str> = registry.names().collect();
    insta::assert_snapshot!(names.join("\n"));
}

#[test]
fn the_binary_lists_the_same_plugins() {
    let out = crate::strata(&["plugins", "--json"]);
    assert!(out.status.success(), "{}", crate::stderr(&out));
    let list: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let from_binary: Vec<&str> = list.iter().map(|p| p["name"].as_str().unwrap()).collect();
    let registry = strata::registry().unwrap();
    let in_process: Vec<&str> = registry.names().collect();
    assert_eq!(from_binary, in_process);
    for p in &list {
        assert!(
            p["provides"].is_array(),
            "{p}: buildable with default settings"
        );
    }
}
